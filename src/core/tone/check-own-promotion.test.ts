import { describe, expect, it } from 'vitest';
import { findOwnPromotion } from './check-own-promotion.js';

describe('a note that promotes the sender’s own content', () => {
  it.each([
    'Hi Sam, I just published my first article on leadership. Would love it if you gave it a read and shared it!',
    'Hi Cleo, I spoke at a similar event last year and my talk has had 10k views. Here’s the link to my talk!',
    'Hi Jo, my latest podcast episode is out. Please share it with your team!',
  ])('is about the sender: %s', (text) => {
    expect(findOwnPromotion(text.replace(/’/g, "'")).map((f) => f.category)).toEqual([
      'self-focus',
    ]);
  });

  it.each([
    'Hi Sam, I read your article on leadership and shared it with my team. What made you write it?',
    'Hi Jo, my talk went well, thanks to your advice on pacing.',
    'Hi Jo, here is the link to the report we discussed.',
  ])('leaves a note alone that does not ask the reader to spend time on it: %s', (text) => {
    expect(findOwnPromotion(text)).toEqual([]);
  });
});

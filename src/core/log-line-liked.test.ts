import { describe, expect, it } from 'vitest';
import { passesOnLiked } from './log-line-liked.js';

describe('passesOnLiked', () => {
  it.each([
    'told yusuf about the font foundry sale, thought hed like it',
    'told wei about the hackathon, figured hed be into it',
    "let maggie know about a free course, thought she'd find it useful",
    'sent ana the podcast, she’ll love it',
  ])('reads "%s" as passed on for the contact’s sake', (line) => {
    expect(passesOnLiked(line)).toBe(true);
  });

  it.each([
    'told yusuf about my new job',
    "emailed sam, he'd like a reference",
    'told her i like it there',
  ])('keeps "%s" no such give', (line) => {
    expect(passesOnLiked(line)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { articleFor, asTitle, tidyTitle } from './titles.js';

describe('asTitle', () => {
  it.each([
    ['Product Analyst', 'a Product Analyst'],
    ['product analyst', 'a product analyst'],
    ['Engineer', 'an Engineer'],
    ['UX designer', 'a UX designer'],
    ['SEO lead', 'an SEO lead'],
    ['MBA candidate', 'an MBA candidate'],
    ['user researcher', 'a user researcher'],
    ['honorary fellow', 'an honorary fellow'],
    ['Head of Product', 'Head of Product'],
    ['Director of Data', 'Director of Data'],
    ['Chief Data Officer', 'Chief Data Officer'],
    ['CEO', 'CEO'],
    ['the only analyst', 'the only analyst'],
    ['SENIOR DATA ANALYST', 'a Senior Data Analyst'],
  ])('reads "%s" after "as" as "%s"', (title, phrase) => {
    expect(asTitle(title)).toBe(phrase);
  });

  it('picks the article by sound', () => {
    expect(articleFor('hour-long role')).toBe('an');
    expect(articleFor('one-person team')).toBe('a');
    expect(articleFor('8-person team')).toBe('an');
  });

  it('keeps short acronyms when a shouted title is calmed down', () => {
    expect(tidyTitle('HEAD OF UX RESEARCH')).toBe('Head of UX Research');
    expect(tidyTitle('VP Sales')).toBe('VP Sales');
  });
});

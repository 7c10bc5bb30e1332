import { describe, expect, it } from 'vitest';
import { ftsQuery, searchWords, tsQuery } from './search-text.js';

describe('FTS5 query text', () => {
  it('matches every word as a prefix, in each of its forms', () => {
    expect(ftsQuery(searchWords('Léa manager'))).toBe('("léa"* OR "lea"*) AND ("manager"*)');
  });

  it('matches whole words, keeping as prefixes only the starts each index holds ready', () => {
    const words = searchWords('a co ops manager');
    // The people index keeps starts of 1 to 3 letters; the summary index of 2 and 3.
    expect(ftsQuery(words, 'whole')).toBe('("a"*) AND ("co"*) AND ("ops"*) AND ("manager")');
    expect(ftsQuery(words, 'short-prefix')).toBe('("a") AND ("co"*) AND ("ops"*) AND ("manager")');
  });

  it('looks up a short start on PostgreSQL as the entry the index keeps for it', () => {
    const words = searchWords('a co ops manager');
    expect(tsQuery(words)).toBe('(a) & (co) & (ops) & (manager:*)');
    expect(tsQuery(words, 'whole')).toBe('(a) & (co) & (ops) & (manager)');
    // The summary index keeps no one-letter starts.
    expect(tsQuery(words, 'short-prefix')).toBe('(a) & (co) & (ops) & (manager)');
  });
});

// What a typed search becomes: its words, the forms each word may be stored in, and each engine's query text.

/** Splits a query into words (letters, digits and their marks), lower-cased, as typed. */
export function searchWords(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  // Marks alone (an emoji's variation selector, U+FE0F) are no word to look for.
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word)).slice(0, 8);
}

/** The word without its accents: "lópez" → "lopez", "παπαδόπουλος" → "παπαδοπουλος". */
function stripMarks(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * The forms of a typed word a stored name may hold: as typed (the store may keep the accents, as
 * both engines do for Greek), without accents, and (PostgreSQL) folded as the stored text is.
 */
function wordForms(word: string, fold: (w: string) => string): string[] {
  const forms = [word, stripMarks(word), fold(word), fold(stripMarks(word))];
  // Decomposing can leave a form empty or split it into words (U+FDFA decomposes into four), and
  // neither engine's query syntax takes an empty term or a space inside one.
  const kept = forms.map((form) => form.replace(/[^\p{L}\p{N}\p{M}]/gu, ''));
  return [...new Set(kept.filter((form) => form !== ''))];
}

/**
 * PostgreSQL's stored search text is folded with translate() (unaccent() is not immutable, so it
 * cannot feed a generated column). A query must be folded the same way, or letters that no Unicode
 * decomposition removes (ø, ł, ı, œ) miss: "Søren" typed exactly would not find Søren. These two
 * strings are the ones the frozen search-column migrations use.
 */
const foldFrom = 'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž';
const foldTo = 'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz';
const postgresFold = new Map([...foldFrom].map((letter, i) => [letter, foldTo[i] ?? letter]));

export function foldForPostgres(word: string): string {
  return [...word].map((letter) => postgresFold.get(letter) ?? letter).join('');
}

/**
 * How a word matches: as a prefix ("anal" finds "analyst"), or only whole. A prefix that the index
 * does not keep ready makes the engine merge every word it starts, which for a common start over
 * millions of summaries ("they…") costs far more than a search may take. The people indexes keep
 * the starts of 1 to 3 letters ready (FTS5's prefix='1 2 3'; on PostgreSQL as entries of their
 * own), the summary indexes of 2 and 3 (short-prefix, where longer words match whole). 'whole'
 * matches the people's words of 4 letters or more whole, and shorter ones as kept starts.
 */
export type WordMatch = 'prefix' | 'short-prefix' | 'whole';

/** Whether a word is matched as a prefix: always, or only when the index keeps its start ready. */
function asPrefix(word: string, match: WordMatch): boolean {
  return match === 'prefix' || isKeptStart(word, match);
}

/** Whether the index holds this start of a word ready: 1 to 3 letters, or for summaries 2 or 3. */
function isKeptStart(form: string, match: WordMatch): boolean {
  const letters = [...form].length;
  return letters >= (match === 'short-prefix' ? 2 : 1) && letters <= 3;
}

/** Whether matching these words whole can find fewer than matching them as prefixes. */
export function hasLongWords(words: readonly string[]): boolean {
  return words.some((word) => [...word].length > 3);
}

/** An FTS5 query: every word, each in any of its forms. */
export function ftsQuery(words: readonly string[], match: WordMatch = 'prefix'): string {
  return words
    .map((word) => {
      const star = asPrefix(word, match) ? '*' : '';
      return `(${wordForms(word, (w) => w)
        .map((form) => `"${form}"${star}`)
        .join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * A PostgreSQL tsquery text: every word, each in any of its forms. The people's search vector and
 * the summary index hold the short starts of every word as entries of their own
 * (with_word_starts, summary_search_vector), so there a short prefix is looked up whole: `co`, not
 * `co:*`, which would merge every word it starts.
 */
export function tsQuery(words: readonly string[], match: WordMatch = 'prefix'): string {
  return words
    .map((word) => {
      const prefix = asPrefix(word, match);
      const star = (form: string) => (prefix && !isKeptStart(form, match) ? ':*' : '');
      return `(${wordForms(word, foldForPostgres)
        .map((form) => `${form}${star(form)}`)
        .join(' | ')})`;
    })
    .join(' & ');
}

/** The start of a name as typed, lower-cased: the key range of names that start with the query. */
export function namePrefix(query: string): string {
  return query.trim().toLowerCase();
}

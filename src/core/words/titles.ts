// Job titles in a sentence: "works as a Product Analyst", "as an Engineer", "as Head of Product".

/** Letters whose spoken name starts with a vowel sound: "an SEO lead", "an MBA student". */
const vowelSoundLetters = new Set([...'AEFHILMNORSX']);

/** Words that start with a vowel letter but a consonant sound, and the reverse. */
const soundsLikeConsonant = /^(uni|use|usu|uti|ure|eu|one|once|ewe)/i;
const soundsLikeVowel = /^(hour|honest|honou?r|heir)/i;

/** Titles that name the one person in the role read without an article: "as Head of Product". */
const uniqueRole =
  /^((head|director|vp|vice president|chief|lead|dean|president|chair|editor|partner) (of|for)\b|chief\b|(co-?)?founder and\b)/i;

/** "a" or "an" for the word that starts `text`, by how it sounds. */
export function articleFor(text: string): 'a' | 'an' {
  const word = /^[\p{L}\p{N}]+/u.exec(text.trim())?.[0] ?? '';
  if (word === '') return 'a';
  const acronym = word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
  if (acronym) return vowelSoundLetters.has(word.charAt(0)) ? 'an' : 'a';
  if (soundsLikeVowel.test(word)) return 'an';
  if (soundsLikeConsonant.test(word)) return 'a';
  if (/^\d/.test(word)) return /^(8|11|18)/.test(word) ? 'an' : 'a';
  return /^[aeiouæø]/i.test(word) ? 'an' : 'a';
}

/**
 * A title ready after "as": "a Product Analyst", "an engineer", "Head of Product", "CEO".
 * A title that already starts with an article or a possessive is kept as written.
 */
export function asTitle(title: string): string {
  const tidy = tidyTitle(title);
  if (/^(a|an|the|my|our|their)\s/i.test(tidy)) return tidy;
  if (uniqueRole.test(tidy)) return tidy;
  const first = /^[\p{L}\p{N}]+/u.exec(tidy)?.[0] ?? '';
  // A bare acronym such as "CEO" or "CTO" is a unique role; "UX designer" is not.
  if (first === tidy && first.length >= 2 && first === first.toUpperCase()) return tidy;
  return `${articleFor(tidy)} ${tidy}`;
}

const minorWords = new Set(['of', 'and', 'for', 'the', 'at', 'in', 'to', 'a', 'an', 'on']);

/** A title typed in capitals ("SENIOR DATA ANALYST") reads as "Senior Data Analyst"; acronyms stay. */
export function tidyTitle(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 5 && letters === letters.toUpperCase() && trimmed.includes(' ');
  if (!shouting) return trimmed;
  return trimmed
    .split(' ')
    .map((word, index) => {
      if (index > 0 && minorWords.has(word.toLowerCase())) return word.toLowerCase();
      return word.length <= 3 ? word : word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}

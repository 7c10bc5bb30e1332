// A person's name as it is normally written, for names stored all in lower (or upper) case.

/** Particles that stay lower case inside a name: "van der Berg", "de la Cruz", "bin Said". */
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
]);

/**
 * "rachel lowe" becomes "Rachel Lowe", "sam o'neil" "Sam O'Neil", "ewan mcdonald" "Ewan McDonald",
 * "anke van der berg" "Anke van der Berg". A name with mixed case was written that way on
 * purpose and is kept as it is; so is a blank ("[their name]").
 */
export function displayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.startsWith('[')) return trimmed;
  const lower = trimmed === trimmed.toLowerCase();
  const upper = trimmed === trimmed.toUpperCase() && /\p{L}{3}/u.test(trimmed);
  if (!lower && !upper) return trimmed;
  const words = trimmed.toLowerCase().split(' ');
  return words
    .map((word, index) => {
      const last = index === words.length - 1;
      if (index > 0 && !last && particles.has(word)) return word;
      return word.split('-').map(capitalisePart).join('-');
    })
    .join(' ');
}

/** One part of a name: a capital first letter, and after O', D' or Mc. */
function capitalisePart(part: string): string {
  const apostrophe = /^([a-z])(['’])(\p{L})(.*)$/u.exec(part);
  if (apostrophe) {
    const [, head = '', mark = '', next = '', rest = ''] = apostrophe;
    return `${head.toUpperCase()}${mark}${next.toUpperCase()}${rest}`;
  }
  if (/^mc\p{L}{2,}/u.test(part)) return `Mc${upperFirst(part.slice(2))}`;
  return upperFirst(part);
}

function upperFirst(text: string): string {
  const first = [...text][0] ?? '';
  return first.toUpperCase() + text.slice(first.length);
}

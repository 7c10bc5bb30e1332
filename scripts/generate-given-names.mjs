// Writes src/core/given-names-data.ts and src/core/surnames-data.ts: given names and surnames from
// many cultures, folded to lower case.
// Run once by hand, with @faker-js/faker 9.9.0 (MIT), human-names 1.0.13 (MIT) and
// an-array-of-english-words 2.0.0 (MIT) installed where Node can find them; none is one of Kith's
// dependencies. FAKER_FROM may name a package.json whose node_modules holds them:
//   FAKER_FROM=/some/dir/package.json node scripts/generate-given-names.mjs
// Source: the person.first_name and person.last_name lists of every locale faker ships, less its
// joke dialect (en_BORK) and its merged base; names of one word only, so "Mary Ann" adds nothing.
// Faker's lists lack many names common in Britain and Ireland ("Niamh", "Siobhan", "Geoff",
// "Cerys"), so the given names add human-names' English lists, less any name that is also an
// English word ("Honey", "Chip", "Cliff"), which a line may use as a word.
/* global process, URL, console */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.FAKER_FROM ?? import.meta.url);
const { allLocales } = require('@faker-js/faker');
const { version } = require('@faker-js/faker/package.json');
const humanNames = require('human-names/package.json').version;
const englishWords = new Set(require('an-array-of-english-words/index.json'));
const humanLists = ['female', 'male'].map((sex) =>
  require(`human-names/data/${sex}-human-names-en.json`),
);

const skipped = new Set(['base', 'en_BORK']);

/** A name folded as the lists hold it, or null when it is more than one word. */
function fold(name) {
  const folded = name.normalize('NFC').toLowerCase().trim();
  return /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.test(folded) ? folded : null;
}

/** Every locale's list of one kind of name, folded, one word each, sorted. */
function collect(kind) {
  const names = new Set();
  for (const [locale, definitions] of Object.entries(allLocales)) {
    const list = definitions.person?.[kind];
    if (skipped.has(locale) || !list) continue;
    for (const name of Array.isArray(list) ? list : Object.values(list).flat()) {
      const folded = fold(name);
      if (folded) names.add(folded);
    }
  }
  if (kind === 'first_name') {
    for (const name of humanLists.flat()) {
      const folded = fold(name);
      if (folded && !names.has(folded) && !englishWords.has(folded)) names.add(folded);
    }
  }
  return [...names].sort();
}

function write(file, what, exported, kind) {
  const sorted = collect(kind);
  const source =
    kind === 'first_name'
      ? `Faker, and from the English lists of human-names ${humanNames}
// (https://github.com/AlessandroMinoccheri/human-names), MIT licence, less English words.`
      : 'Faker.';
  const header = `// ${what} from many cultures, folded to lower case, sorted, one name per entry (${sorted.length}).
// Generated once by scripts/generate-given-names.mjs from the person.${kind} lists of
// @faker-js/faker ${version} (https://github.com/faker-js/faker), MIT licence, Copyright (c) 2022-2025
// ${source}
// Do not edit by hand: run the script again (then Prettier).
`;
  const body = `export const ${exported}: readonly string[] = [\n${sorted.map((n) => `  '${n.replace(/'/g, "\\'")}',`).join('\n')}\n];\n`;
  writeFileSync(new URL(`../src/core/${file}`, import.meta.url), header + body);
  console.log(`${file}: ${sorted.length} names`);
}

write('given-names-data.ts', 'Given names', 'givenNameList', 'first_name');
write('surnames-data.ts', 'Surnames', 'surnameList', 'last_name');

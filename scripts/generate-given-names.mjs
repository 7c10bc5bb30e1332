// Writes src/core/given-names-data.ts and src/core/surnames-data.ts: given names and surnames from
// many cultures, folded to lower case.
// Run once by hand, with @faker-js/faker 9.9.0 (MIT) installed where Node can find it; it is not
// one of Kith's dependencies. FAKER_FROM may name a package.json whose node_modules holds it:
//   FAKER_FROM=/some/dir/package.json node scripts/generate-given-names.mjs
// Source: the person.first_name and person.last_name lists of every locale faker ships, less its
// joke dialect (en_BORK) and its merged base; names of one word only, so "Mary Ann" adds nothing.
/* global process, URL, console */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.FAKER_FROM ?? import.meta.url);
const { allLocales } = require('@faker-js/faker');
const { version } = require('@faker-js/faker/package.json');

const skipped = new Set(['base', 'en_BORK']);

/** Every locale's list of one kind of name, folded, one word each, sorted. */
function collect(kind) {
  const names = new Set();
  for (const [locale, definitions] of Object.entries(allLocales)) {
    const list = definitions.person?.[kind];
    if (skipped.has(locale) || !list) continue;
    for (const name of Array.isArray(list) ? list : Object.values(list).flat()) {
      const folded = name.normalize('NFC').toLowerCase().trim();
      if (/^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.test(folded)) names.add(folded);
    }
  }
  return [...names].sort();
}

function write(file, what, exported, kind) {
  const sorted = collect(kind);
  const header = `// ${what} from many cultures, folded to lower case, sorted, one name per entry (${sorted.length}).
// Generated once by scripts/generate-given-names.mjs from the person.${kind} lists of
// @faker-js/faker ${version} (https://github.com/faker-js/faker), MIT licence, Copyright (c) 2022-2025
// Faker. Do not edit by hand: run the script again.
`;
  const body = `export const ${exported}: readonly string[] = [\n${sorted.map((n) => `  '${n.replace(/'/g, "\\'")}',`).join('\n')}\n];\n`;
  writeFileSync(new URL(`../src/core/${file}`, import.meta.url), header + body);
  console.log(`${file}: ${sorted.length} names`);
}

write('given-names-data.ts', 'Given names', 'givenNameList', 'first_name');
write('surnames-data.ts', 'Surnames', 'surnameList', 'last_name');

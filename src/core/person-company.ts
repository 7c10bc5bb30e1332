// Where people work, read against a log line: "Ben from Google", "coffee w sam at ocado".
import { companyKey, editDistance, nameKey } from './name-match.js';
import { candidatesOf, type NameResolution, type NamedPerson } from './person-match.js';
import { honorific } from './person-name-shape.js';

/**
 * "Ben from Google": when a name could be several people, the company the line gives picks the
 * one who works there. Nothing changes when no one, or more than one, works there.
 */
export function narrowByCompany<P extends NamedPerson>(
  resolution: NameResolution<P>,
  company: string | undefined,
): NameResolution<P> {
  if (resolution.kind !== 'several' || !company) return resolution;
  const written = companyKey(company);
  if (written === '') return resolution;
  const there = resolution.candidates.filter(({ person }) => sameCompany(written, person.company));
  const [only] = there;
  if (there.length !== 1 || !only) return resolution;
  return { kind: 'one', person: only.person, reason: only.reason };
}

/**
 * "coffee w sam at ocado", "priya @ monzo": when a name could be several people and the line
 * names, anywhere in it, the company of exactly one of them, that one is meant.
 */
export function narrowByCompanyNamed<P extends NamedPerson>(
  resolution: NameResolution<P>,
  line: string,
): NameResolution<P> {
  if (resolution.kind !== 'several') return resolution;
  const names = lineNamesCompany(line);
  const there = resolution.candidates.filter(({ person }) => names(person.company));
  const [only] = there;
  if (there.length !== 1 || !only) return resolution;
  return { kind: 'one', person: only.person, reason: only.reason };
}

/**
 * "kate morris - bbc - phone", "priya shaw at monzo": a name that is only near its closest person
 * (a slip, not their name) is not theirs when the line names the company of someone else it came
 * near and not theirs: that one person is meant, and two or more there make Kith ask. A company
 * that names nobody near, or the closest person's own, changes nothing; so does an exact name.
 */
export function weighCompanyNamed<P extends NamedPerson>(
  resolution: NameResolution<P>,
  line: string,
): NameResolution<P> {
  if (resolution.kind !== 'one' || resolution.reason !== 'spelling') return resolution;
  const names = lineNamesCompany(line);
  if (names(resolution.person.company)) return resolution;
  const there = (resolution.others ?? []).filter(({ person }) => names(person.company));
  const [only] = there;
  if (there.length === 0 || !only) return resolution;
  if (there.length === 1) return { kind: 'one', person: only.person, reason: only.reason };
  const closest = { person: resolution.person, reason: resolution.reason };
  return { kind: 'several', candidates: [closest, ...there] };
}

/**
 * "Freelance", "Self-employed": how someone works, kept where a company goes, is no place a line
 * names. "dan sent me a freelance lead" says what the lead is, not that Dan Fletcher sent it.
 */
const waysOfWorking = new Set([
  'freelance',
  'freelancer',
  'self employed',
  'independent',
  'contractor',
  'contract',
  'consultant',
  'consulting',
]);

/**
 * Whether the line names a company anywhere, by whole words: "booking" names Booking.com too, since
 * a web address's ending is no part of the name.
 */
export function lineNamesCompany(line: string): (company: string | null) => boolean {
  const said = ` ${companyKey(line)} `;
  return (company) => {
    const key = companyKey(company);
    if (key === '' || waysOfWorking.has(key)) return false;
    const bare = key.replace(/ (?:com|co uk|co|io|ai|org|net)$/, '');
    return said.includes(` ${key} `) || said.includes(` ${bare} `);
  };
}

/**
 * "coffee with Gemma from Ocado": a name close to people who all work somewhere else than the
 * company the line gives is someone new, not a slip for them. Unchanged without a company.
 */
export function setAsideCloseElsewhere<P extends NamedPerson>(
  resolution: NameResolution<P>,
  company: string | undefined,
): NameResolution<P> {
  if (resolution.kind !== 'none' || !resolution.close || !company) return resolution;
  const written = companyKey(company);
  if (written === '') return resolution;
  const there = resolution.closest.some(({ person }) => sameCompany(written, person.company));
  return there ? resolution : { ...resolution, close: false };
}

/**
 * "Gemma Clark from Greene King" beside Emma Clark at Lloyds: a name only one slip from someone,
 * said with a company that is not theirs, is someone new. An exact name, or their own company,
 * keeps them; so does a line that gives no company.
 */
export function setAsideSlipElsewhere<P extends NamedPerson>(
  resolution: NameResolution<P>,
  company: string | undefined,
): NameResolution<P> {
  if (resolution.kind !== 'one' || resolution.reason !== 'spelling' || !company) return resolution;
  const written = companyKey(company);
  if (written === '' || companyKey(resolution.person.company) === '') return resolution;
  if (sameCompany(written, resolution.person.company)) return resolution;
  const closest = [{ person: resolution.person, reason: resolution.reason }];
  return { kind: 'none', closest, close: false };
}

/**
 * "Emma Lloyds email me", "Priya Booking video": a first name, then where the person works, written
 * where a surname goes. When the whole name fits nobody, and the words after the first name are
 * the company of exactly one person near it with that first name, that person is meant.
 */
export function readCompanyAsSurname<P extends NamedPerson>(
  resolution: NameResolution<P>,
  written: string,
): NameResolution<P> {
  if (resolution.kind !== 'none') return resolution;
  const [given = '', ...rest] = nameKey(written).split(' ');
  const company = companyKey(rest.join(' '));
  if (given === '' || company === '') return resolution;
  const there = resolution.closest.filter(
    ({ person }) =>
      nameKey(person.name).split(' ')[0] === given && sameCompany(company, person.company),
  );
  const [only] = there;
  if (there.length !== 1 || !only) return resolution;
  return { kind: 'one', person: only.person, reason: 'first name' };
}

/** Everyone who works at the company, by the same reading of company names as above. */
export function peopleAtCompany<P extends NamedPerson>(people: readonly P[], company: string): P[] {
  const written = companyKey(company);
  return written === '' ? [] : people.filter((person) => sameCompany(written, person.company));
}

/**
 * "ocado sam - sent him the script", "deliveroo sam liked me post": where someone works, then
 * their first name. Of the people the second word may mean (`given`), the one at the company the
 * first word names; undefined when none or several are there.
 */
export function firmThenName<P extends NamedPerson>(
  firm: string,
  given: NameResolution<P>,
): NameResolution<P> | undefined {
  const written = companyKey(firm);
  if (written === '') return undefined;
  const candidates = given.kind === 'none' ? [] : candidatesOf(given);
  const there = candidates.filter(({ person }) => sameCompany(written, person.company));
  const [only] = there;
  if (there.length !== 1 || !only) return undefined;
  return { kind: 'one', person: only.person, reason: only.reason };
}

/** "Booking" is Booking.com and "Tesco BI" is Tesco: one company key starts the other, by whole words. */
function sameCompany(written: string, stored: string | null): boolean {
  const key = companyKey(stored);
  if (key === '') return false;
  return key === written || key.startsWith(`${written} `) || written.startsWith(`${key} `);
}

/**
 * "Hannah Smith (SAP)" beside Hannah Schmidt at SAP, "Mr Write at Arup" beside Thomas Wright:
 * someone the line places at a company, whose given name is that of someone who works there or
 * whose surname is a slip or two from theirs, may be them. They are the people to ask about
 * before anyone new is added; none means the name is new there.
 */
export function samePlaceLookalikes<P extends NamedPerson>(
  people: readonly P[],
  written: string,
  company: string | undefined,
  line: string,
): P[] {
  const words = nameKey(written)
    .split(' ')
    .filter((word) => word !== '' && !honorific.test(word));
  const [given] = words;
  const surname = words.length > 1 ? words.at(-1) : words[0];
  if (!given || !surname) return [];
  // "Telephoned Mr Write at Arup": where the line says, or any workplace of theirs it names.
  const named = lineNamesCompany(line);
  const there = company
    ? peopleAtCompany(people, company)
    : people.filter((person) => named(person.company));
  return there.filter((person) => {
    const theirs = nameKey(person.name).split(' ');
    const [theirGiven = '', theirSurname = ''] = [theirs[0], theirs.at(-1)];
    const slip = Math.max(1, Math.min(2, Math.floor(theirSurname.length / 3)));
    // Placed only by a workplace named elsewhere in the line, a slip in the surname counts
    // only with no given name to tell them apart ("Mr Write"): "Imogen Clarke" at Lloyds is new
    // beside Emma Clark.
    const slipped =
      (company !== undefined || words.length === 1) &&
      surname.length > 2 &&
      editDistance(surname, theirSurname, slip + 1) <= slip;
    return (words.length > 1 && given === theirGiven) || slipped;
  });
}

/** Words that open a description and are no part of the role: "the recruiter", "their cto". */
const describedOpeners = new Set('the a an their his her my our that this some one'.split(' '));

/**
 * "the recruiter at Booking": of the people at the firm a line names, the one whose title holds
 * every word of the role it describes them by (Rachel Lowe, "Recruiter"); undefined when none or
 * several do, or when the description holds no role ("the Admiral lad" asks who, as before).
 */
export function onlyWithTitle<P extends NamedPerson & { title: string | null }>(
  people: readonly P[],
  described: string,
): P | undefined {
  const words = described
    .toLowerCase()
    .split(/[^\p{L}\d&]+/u)
    .filter((word) => word !== '');
  while (words.length > 0 && describedOpeners.has(words[0] ?? '')) words.shift();
  if (words.length === 0) return undefined;
  const titled = people.filter((person) => {
    const title = new Set((person.title ?? '').toLowerCase().split(/[^\p{L}\d&]+/u));
    return words.every((word) => title.has(word));
  });
  return titled.length === 1 ? titled[0] : undefined;
}

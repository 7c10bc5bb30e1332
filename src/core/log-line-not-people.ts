// Capitalised words a one-line log reads as a second person when they are no one: where someone
// works ("Robert Singh, KPMG"), a month or a day ("for Jan clinic"), or a common noun written with
// a capital ("Associate Programme for Clinicians").
import { calendarWords } from './date-phrase.js';
import type { FoundNames } from './log-line-names.js';
import { relationNouns } from './log-line-relations.js';
import { escapeRegExp } from './regexp.js';
import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';

/**
 * Endings of common nouns and adjectives that no first name or surname people go by has:
 * "Clinicians", "Clinical", "Translations", "Governance", "Management".
 */
const nounEnding = /(?:ians|ical|tions?|sions?|ment|ments|ness|ity|ance|ence|ship|ology|ists)$/;

/**
 * "Attended Deloitte tech hiring event": one word before what kind of event it was is its host;
 * not "met Siobhan and Niamh at the fair", where "at" after the name says where someone was
 * ("Reed recruiter at job fair" is still Reed's).
 */
function hostOfEvent(word: string, head: string): boolean {
  return new RegExp(
    String.raw`\b${escapeRegExp(word)} (?!(?:at|the|a|an|with|and|in|on|to|for|from|of|by)\b)(?:[\p{Ll}-]+ ){0,3}(?:event|meetup|fair|summit|conference|expo|drive|webinar|mixer|open day)\b`,
    'u',
  ).test(head);
}

/** "his mate Craig who runs a depot for Wincanton": one word after work done for it is the employer. */
function employerOf(word: string, head: string): boolean {
  return new RegExp(
    String.raw`\b(?:works?|worked|working|runs?|running|manages?|managing|depot|team|office|site|branch|store|warehouse|job|role|contract) (?:[\p{Ll}-]+ ){0,3}(?:for|at) ${escapeRegExp(word)}\b`,
    'u',
  ).test(head);
}

/**
 * "an HR consultant who left Boots store management", "quit Asda in 2019", "joined Monzo as a
 * PM": a name after leaving or joining, then no person's object ("left Mark a voicemail", "joined
 * Ana for lunch"), is the firm left or joined.
 */
function firmLeftOrJoined(word: string, head: string): boolean {
  return new RegExp(
    String.raw`\b(?:left|quit|quitting|leaving|joined|joining|rejoined) ${escapeRegExp(word)}(?:(?= (?!(?:a|an|the|his|her|him|them|me|us|my|your|their|some|another|one|voicemail|vm|message|msg|note|word|for|at|with|and|to|on|over|in person)\b)[\p{Ll}\d])|[.,;]|$)`,
    'u',
  ).test(head);
}

/**
 * "asking me to quote for Calder Housing's operating model review", "recommended me to Northgate
 * Homes for their data migration", "for passing my name to Brightwater": a name after "to" or
 * "for" that owns a piece of work or a team, that is "their" and not "his" or "her", or that got
 * the user's name or CV, is a firm, unless the user talked with it.
 */
function firmAfterToOrFor(word: string, head: string): boolean {
  const name = escapeRegExp(word);
  return (
    new RegExp(String.raw`\b(?:to|for) ${name}['’]s \p{Ll}`, 'u').test(head) ||
    new RegExp(String.raw`\b(?:to|for) ${name} for (?:their|its)\b`, 'u').test(head) ||
    // "for putting me forward to Grant Thornton": where the user was put forward is a firm.
    new RegExp(
      String.raw`\b(?:put|puts|putting) me (?:forward|fwd) (?:to|for|at) ${name}(?![\p{L}'’])`,
      'iu',
    ).test(head) ||
    (!word.includes(' ') &&
      new RegExp(
        String.raw`\b(?:name|cv|details|profile|portfolio)(?: (?:on|over|across|forward))? to ${name}(?![\p{L}'’])`,
        'iu',
      ).test(head))
  );
}

/**
 * "met Claire Dunmore, VP Sales @ Personio": a title after a comma says what the person named
 * before it does; it is no second person.
 */
function roleAfterName(word: string, head: string): boolean {
  return (
    /^(?:VP|SVP|EVP|AVP|RVP|CRO|CEO|CTO|CFO|COO|CMO|CPO|MD|Head|Director|Chief)(?![\p{L}])/u.test(
      word,
    ) && new RegExp(String.raw`, ${escapeRegExp(word)}(?![\p{L}])`, 'u').test(head)
  );
}

/**
 * "Teams call with Mr Femi Akande, Chidi's cousin": a name owning a relation, after a comma, says
 * whose relation the person before it is; the owner was not there.
 */
function ownsRelation(word: string, head: string): boolean {
  const owned = new RegExp(String.raw`, ${escapeRegExp(word)}['’]s (\p{Ll}[\p{Ll}-]*)`, 'u').exec(
    head,
  );
  // "…, Chidi's boss and Chidi": named again on their own, they were there too.
  const alone = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word)}(?!['’\p{L}])`, 'u');
  return owned?.[1] !== undefined && relationNouns.has(owned[1]) && !alone.test(head);
}

/**
 * "she is a recruiter with Michael Page", "he's an engineer at Arup Group": a name after what
 * someone is and "with", "at" or "for" is where they work.
 */
function employerAfterRole(word: string, head: string): boolean {
  return new RegExp(
    String.raw`\b(?:is|was|['’]s|works as) (?:a|an) (?:[\p{Ll}-]+ ){0,2}(?:${roleWords}) (?:with|at|for) ${escapeRegExp(word)}(?![\p{L}])`,
    'iu',
  ).test(head);
}

/** A few job titles, in lower case. */
const jobTitles =
  'consultant engineer analyst designer developer adviser advisor specialist officer partner associate executive coordinator administrator accountant lawyer solicitor nurse teacher'.split(
    ' ',
  );

/** What someone is at work, as one alternation: the relations and the job titles. */
const roleWords = [...new Set([...relationNouns, ...jobTitles])].join('|');

/** Jobs as their initials: data engineer, product manager, site reliability engineer. */
const roleInitials =
  /^(?:DE|DS|DA|PM|PO|BA|QA|HR|UX|UI|ML|AI|SWE|SDE|SRE|CTO|CEO|CFO|COO|CPO|VP|MD|TA)$/u;

/** The last word of a job's title, capitalised: "Employer Relations Mgr", "Early Careers Lead". */
const roleTitleEnd = new RegExp(
  ` (?:${[
    ...jobTitles,
    'mgr',
    'manager',
    'director',
    'lead',
    'assistant',
    'intern',
    'recruiter',
    'co-ordinator',
  ]
    .map((title) => `${title.charAt(0).toUpperCase()}${title.slice(1)}`)
    .join('|')})$`,
  'u',
);

/** Whether one name the line reads is no person: see the module comment. */
function isNoPerson(name: FoundNames['names'][number], head: string, found: FoundNames): boolean {
  if (name.described || name.fresh || name.related) return false;
  // "Q4 reqs", "2 DEs": a word with a digit, or capitals with a plural "s", is no one's name.
  if (/\d/u.test(name.text) || /^\p{Lu}{2,}s$/u.test(name.text)) return true;
  // "looking for DE", "a PM role": the initials of a job are no one's name, even where they
  // start someone's (Devendra).
  if (roleInitials.test(name.text)) return true;
  // "a JD for Employer Relations Mgr": a job's title in capitals is no one's name.
  if (name.text.includes(' ') && roleTitleEnd.test(name.text)) return true;
  if (ownsRelation(name.text, head)) return true;
  if (found.mayBePerson?.(name.text)) return false;
  if (employerAfterRole(name.text, head)) return true;
  if (firmAfterToOrFor(name.text, head)) return true;
  if (roleAfterName(name.text, head)) return true;
  if (firmLeftOrJoined(name.text, head)) return true;
  if (!name.text.includes(' ') && (hostOfEvent(name.text, head) || employerOf(name.text, head)))
    return true;
  const [first = ''] = name.text.split(' ');
  if (found.isWorkplace?.(name.text) || found.isWorkplace?.(first)) return true;
  const lower = name.text.toLowerCase();
  if (calendarWords.has(lower.replace(/\.$/, ''))) return true;
  if (!name.text.includes(' ') && nounEnding.test(lower)) return true;
  // "send me email with salary range": words the user wrote in lower case after someone already
  // named, who are nobody the user knows, are what the line was about, not a second person.
  // Without the user's people to ask, such words are left as names.
  return (
    found.mayBePerson !== undefined &&
    !head.includes(name.text) &&
    head.toLowerCase().includes(lower) &&
    !isNewFullNameJoined(lower, head)
  );
}

/**
 * "coffee with thomas wright and nadia saleh", "met yusuf demir & tom hargreaves": a first name
 * Kith knows and one more word, joined by "and" to a name before it, is someone new, though the
 * user's people know nobody by it.
 */
function isNewFullNameJoined(lower: string, head: string): boolean {
  const [given = '', surname = '', ...more] = lower.split(' ');
  if (more.length > 0 || surname === '' || !isKnownGivenName(given)) return false;
  // "chidi + ana fri. chidi said…": two first names are two people, or a slip; never one new.
  if (isKnownGivenName(surname) && !isKnownSurname(surname)) return false;
  return new RegExp(String.raw`(?:\band|&) ${escapeRegExp(lower)}(?![\p{L}'’-])`, 'u').test(
    head.toLowerCase(),
  );
}

/**
 * Leaves out of the line's people every name after the first that is no person, so the line
 * never adds "KPMG" or "Clinicians" as someone new. The first name stays: a line whose only
 * name is doubtful asks, as it did.
 */
export function setAsideNoPeople(found: FoundNames, head: string): void {
  if (found.names.length < 2) return;
  const [first, ...rest] = found.names;
  if (!first) return;
  const people = rest.filter((name) => !isNoPerson(name, head, found));
  // "Attended Deloitte tech hiring event and met Elizabeth": a first word that hosted the event
  // goes too when someone else is named.
  const host =
    people.length > 0 &&
    !first.text.includes(' ') &&
    !first.described &&
    !found.mayBePerson?.(first.text) &&
    hostOfEvent(first.text, head);
  found.names = host ? people : [first, ...people];
}

/**
 * "met Fiona at the PM meetup, Fiona Walsh from Capita": a first name said again later with a
 * surname after a comma is the same person, named in full.
 */
export function completeRestatedNames(found: FoundNames, head: string): void {
  for (const name of found.names) {
    if (name.described || name.text.includes(' ')) continue;
    const escaped = escapeRegExp(name.text);
    const again = new RegExp(String.raw`, ${escaped} (\p{Lu}[\p{L}'’-]+)`, 'u').exec(head);
    if (again?.[1]) {
      name.alternatives = [];
      name.text = `${name.text} ${again[1]}`;
    }
  }
}

/**
 * "lunch with Dan Fletcher and Thomas Wright, Dan will bring me in": a first name alone that opens
 * a fuller name already in the line is that same person again, not one more.
 */
export function dropRepeatedFirstNames(found: FoundNames): void {
  const firsts = new Set(
    found.names
      .filter((name) => !name.described && name.text.includes(' '))
      .map((name) => name.text.split(' ')[0]?.toLowerCase()),
  );
  const again = (text: string) => !text.includes(' ') && firsts.has(text.toLowerCase());
  if (found.names.some((name) => again(name.text)))
    found.names = found.names.filter((name) => name.described || !again(name.text));
}

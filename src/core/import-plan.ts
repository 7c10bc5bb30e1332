// The second half of an import plan: each person's records merged, and exactly what will be written.
import { linkedinUrlOf, normaliseLinkedinUrl, normalisePhone } from './contact-keys.js';
import { isIsoDate, shortDate } from './dates.js';
import type { ImportProblem, ImportSource } from './import-contact.js';
import type { Matched, MatchedRecord } from './import-match.js';
import type { Channel, Direction } from './interaction.js';
import {
  fieldsDiffer,
  mergePeople,
  type FieldValues,
  type MergeSide,
  type PersonFields,
} from './merge.js';

/** A stored person a record matched. */
export interface StoredPerson {
  id: number;
  fields: PersonFields;
}

export interface PlannedSource {
  ref: number;
  key: string;
  source: ImportSource;
  values: FieldValues;
}

export interface PlannedInteraction {
  ref: number;
  occurredOn: string;
  channel: Channel;
  direction: Direction;
  summary: string;
}

export interface ImportCounts {
  /** People added. */
  new: number;
  /** People already stored who gained details. */
  updated: number;
  /** Records folded into someone an earlier record of this import had already matched or added. */
  merged: number;
  /** People already stored whom a record matched and who gained nothing. */
  unchanged: number;
  /** Pairs put on the review list. */
  review: number;
}

export interface ImportPlan {
  newPeople: Array<{ ref: number; fields: PersonFields }>;
  updates: Array<{ id: number; before: PersonFields; fields: PersonFields }>;
  sources: PlannedSource[];
  interactions: PlannedInteraction[];
  reviews: Array<{ a: number; b: number; reason: string }>;
  problems: ImportProblem[];
  people: ImportCounts;
  alreadyImported: number;
}

/**
 * Merges each person's records, in file order, into the stored person or the first record, and
 * lists every row the import will write. A pure function of what was matched and what is stored,
 * so the preview and the real run, given the same network, plan the same thing.
 */
export function planImport(
  matched: Matched,
  stored: ReadonlyMap<number, StoredPerson>,
  region: string | null,
): ImportPlan {
  const options = {
    phoneKey: (phone: string) => normalisePhone(phone, region)?.key ?? phone,
    linkedinKey: (url: string) => normaliseLinkedinUrl(url) ?? url,
    provenance: false,
  };
  const howWeMet = new Map<string, string | null>();
  const plan: ImportPlan = {
    newPeople: [],
    updates: [],
    sources: [],
    interactions: [],
    reviews: matched.reviews,
    problems: matched.problems,
    people: { new: 0, updated: 0, merged: 0, unchanged: 0, review: matched.reviews.length },
    alreadyImported: matched.alreadyImported,
  };
  for (const [ref, records] of matched.groups) {
    const person = ref > 0 ? stored.get(ref) : undefined;
    if (ref > 0 && !person) throw new Error(`person ${ref} was matched but not loaded`);
    const first = person ? storedSide(person) : recordSide(ref, records[0]);
    const rest = person ? records : records.slice(1);
    let side = first;
    for (const record of rest) {
      const next = recordSide(ref, record);
      side = {
        ...side,
        person: mergePeople(side, next, options).person,
        sources: [...side.sources, ...next.sources],
      };
    }
    for (const record of records) {
      plan.sources.push({
        ref,
        key: record.key,
        source: record.source,
        values: record.candidate.values,
      });
    }
    plan.people.merged += records.length - 1;
    if (person) {
      const changed = fieldsDiffer(person.fields, side.person);
      if (changed) plan.updates.push({ id: ref, before: person.fields, fields: side.person });
      plan.people[changed ? 'updated' : 'unchanged'] += 1;
    } else {
      plan.newPeople.push({ ref, fields: withHowWeMet(side.person, records, howWeMet) });
    }
  }
  for (const [ref, participant] of matched.participants) {
    const profile = participant.url ? normaliseLinkedinUrl(participant.url) : null;
    plan.newPeople.push({ ref, fields: participantFields(participant.name, profile) });
  }
  plan.people.new = plan.newPeople.length;
  for (const contact of matched.contacts) {
    const { ref, occurredOn, channel, direction, summary } = contact;
    plan.interactions.push({ ref, occurredOn, channel, direction, summary });
    plan.sources.push({ ref, key: contact.key, source: contact.source, values: {} });
  }
  return plan;
}

function recordSide(ref: number, record: MatchedRecord | undefined): MergeSide {
  if (!record) throw new Error(`new person ${ref} has no record`);
  const { source } = record;
  return {
    person: record.candidate.fields,
    sources: [{ source, values: record.candidate.values }],
    label: `${source.file}, line ${source.line}`,
  };
}

function storedSide(person: StoredPerson): MergeSide {
  // No sources: they only ever name where a value came from, which the plan does not need.
  return { person: person.fields, sources: [], label: `person #${person.id}` };
}

/**
 * A new person from LinkedIn learns how they met the user: "Connected on LinkedIn, 8 Feb 2026".
 * `texts` keeps each connection date's sentence (null for a date that is not one): an export's
 * thousands of connections share a few hundred dates.
 */
function withHowWeMet(
  fields: PersonFields,
  records: MatchedRecord[],
  texts: Map<string, string | null>,
): PersonFields {
  if (fields.howWeMet) return fields;
  for (const record of records) {
    const on = record.candidate.connectedOn;
    if (!on) continue;
    let text = texts.get(on);
    if (text === undefined) {
      // An empty "today" is never the same year, so the year is always written.
      text = isIsoDate(on) ? `Connected on LinkedIn, ${shortDate(on, '')}` : null;
      texts.set(on, text);
    }
    if (text !== null) return { ...fields, howWeMet: text };
  }
  return fields;
}

function participantFields(name: string, profile: string | null): PersonFields {
  return {
    name,
    emails: [],
    phones: [],
    company: null,
    title: null,
    location: null,
    linkedinUrl: profile && linkedinUrlOf(profile),
    tags: [],
    howWeMet: null,
    interests: [],
    needs: null,
    offers: null,
    notes: null,
    doNotContact: false,
  };
}

// A deterministic, streaming generator of a believable professional network, for demos and benchmarks.
import { addDays, daysBetween, isIsoDate } from './dates.js';
import * as words from './demo-names.js';
import type { Industry } from './demo-names.js';
import { invalidInput, type FieldProblem } from './errors.js';
import type { Channel, Direction, InteractionKind, NewInteraction } from './interaction.js';
import type { Person } from './person.js';

export interface GenerateNetworkOptions {
  seed: number;
  people: number;
  /** How far back interactions go; default 3. */
  years?: number;
  /** YYYY-MM-DD: the latest date an interaction can have. */
  today: string;
  /** The average number of interactions per person; default 20. */
  interactionsPerPerson?: number;
}

export type DemoInteraction = Omit<NewInteraction, 'personId' | 'expectsReply'>;

/** A person ready for `completePerson`/insert, with a 1-based `key` and their interactions, oldest first. */
export type DemoPerson = Omit<Person, 'id' | 'createdAt' | 'updatedAt'> & {
  key: number;
  interactions: DemoInteraction[];
};

/** The network as a re-iterable sequence: every pass yields exactly the same people. */
export function generateNetwork(options: GenerateNetworkOptions): Iterable<DemoPerson> {
  const settings = checkOptions(options);
  return { [Symbol.iterator]: () => peopleFrom(settings) };
}

/** One pass over the network, one person at a time, so a loader can insert in batches. */
export function generatePeople(options: GenerateNetworkOptions): Generator<DemoPerson> {
  return peopleFrom(checkOptions(options));
}

interface Settings {
  seed: number;
  people: number;
  perPerson: number;
  /** Days from the start of the window to today. */
  span: number;
  /** Days ago at which a dormant tie's last contact can be at the latest. */
  dormantAfter: number;
  /** ISO date for each number of days ago, 0..span: two million `addDays` calls would dominate. */
  dayStrings: string[];
}

function checkOptions(options: GenerateNetworkOptions): Settings {
  const { seed, people, today, years = 3, interactionsPerPerson = 20 } = options;
  const problems: FieldProblem[] = [];
  if (!Number.isSafeInteger(seed)) {
    problems.push({ field: 'seed', message: 'must be a whole number' });
  }
  if (!Number.isSafeInteger(people) || people < 0 || people > 10_000_000) {
    problems.push({ field: 'people', message: 'must be a whole number from 0 to 10000000' });
  }
  if (!Number.isInteger(years) || years < 1 || years > 50) {
    problems.push({ field: 'years', message: 'must be a whole number of years from 1 to 50' });
  }
  if (
    !Number.isFinite(interactionsPerPerson) ||
    interactionsPerPerson < 0 ||
    interactionsPerPerson > 1000
  ) {
    problems.push({ field: 'interactionsPerPerson', message: 'must be a number from 0 to 1000' });
  }
  if (!isIsoDate(today)) {
    problems.push({ field: 'today', message: 'must be a real date written as YYYY-MM-DD' });
  }
  if (problems.length > 0) throw invalidInput(problems);

  const start = `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
  const span = daysBetween(
    isIsoDate(start) ? start : addDays(start.replace(/-29$/, '-28'), 1),
    today,
  );
  const threeYears = 365 * 3 + 1; // at most one leap day in three years
  const dayStrings = Array.from({ length: span + 1 }, (_, ago) => addDays(today, -ago));
  // With a window of three years or less, dormant ties sit in its first two months.
  const dormantAfter = span > threeYears + 30 ? threeYears : Math.max(0, span - 60);
  return { seed, people, perPerson: interactionsPerPerson, span, dormantAfter, dayStrings };
}

function* peopleFrom(settings: Settings): Generator<DemoPerson> {
  for (let key = 1; key <= settings.people; key += 1) {
    yield makePerson(settings, key, randomFor(settings.seed, key));
  }
}

// ── randomness ──────────────────────────────────────────────────────────────────────────────────

interface Random {
  (): number;
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
function mulberry32(state: number): Random {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each person gets its own stream from (seed, key): people are independent and can be made in any order. */
function randomFor(seed: number, key: number): Random {
  let h =
    Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(Math.floor(seed / 4294967296) | 0, 0x27d4eb2f);
  h = Math.imul(h ^ Math.imul(key, 0xc2b2ae35), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return mulberry32(h ^ (h >>> 16));
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pickSome(random: Random, list: readonly string[], count: number): string[] {
  const chosen = new Set<string>();
  for (let tries = 0; chosen.size < count && tries < count * 4; tries += 1)
    chosen.add(pick(random, list));
  return [...chosen];
}

interface WeightTable<K extends string> {
  keys: K[];
  /** Running totals of the weights, scanned once per draw. */
  upTo: number[];
}

function weightTable<K extends string>(weights: Readonly<Record<K, number>>): WeightTable<K> {
  const keys = Object.keys(weights) as K[];
  let total = 0;
  return { keys, upTo: keys.map((key) => (total += weights[key])) };
}

/** Picks a key with probability proportional to its weight. */
function weighted<K extends string>(random: Random, table: WeightTable<K>): K {
  const roll = random() * (table.upTo[table.upTo.length - 1] ?? 0);
  let i = 0;
  while (i < table.keys.length - 1 && roll >= (table.upTo[i] ?? 0)) i += 1;
  return table.keys[i] as K;
}

// ── ties ────────────────────────────────────────────────────────────────────────────────────────

type Tie = 'close' | 'regular' | 'weak' | 'dormant' | 'new';

interface TieShape {
  share: number;
  /** Interactions relative to the average person. */
  weight: number;
  /** Exponent on a uniform draw of "days ago": above 1 crowds contact toward today. */
  recency: number;
  channels: WeightTable<Channel>;
}

const ties: Record<Tie, TieShape> = {
  close: {
    share: 0.03,
    weight: 12,
    recency: 2.2,
    channels: weightTable<Channel>({
      meeting: 25,
      call: 15,
      video: 10,
      message: 35,
      email: 8,
      event: 2,
      social: 5,
      other: 0,
    }),
  },
  regular: {
    share: 0.15,
    weight: 3,
    recency: 1.5,
    channels: weightTable<Channel>({
      meeting: 15,
      call: 12,
      video: 12,
      message: 25,
      email: 20,
      event: 6,
      social: 10,
      other: 0,
    }),
  },
  weak: {
    share: 0.52,
    weight: 0.25,
    recency: 1,
    channels: weightTable<Channel>({
      meeting: 6,
      call: 6,
      video: 10,
      message: 15,
      email: 25,
      event: 15,
      social: 23,
      other: 0,
    }),
  },
  dormant: {
    share: 0.18,
    weight: 0.2,
    recency: 1,
    channels: weightTable<Channel>({
      meeting: 10,
      call: 8,
      video: 8,
      message: 15,
      email: 30,
      event: 14,
      social: 15,
      other: 0,
    }),
  },
  new: {
    share: 0.12,
    weight: 0.25,
    recency: 1,
    channels: weightTable<Channel>({
      meeting: 15,
      call: 6,
      video: 10,
      message: 20,
      email: 24,
      event: 20,
      social: 5,
      other: 0,
    }),
  },
};
const tieShares = weightTable(
  Object.fromEntries(Object.entries(ties).map(([tie, shape]) => [tie, shape.share])) as Record<
    Tie,
    number
  >,
);
const averageWeight = Object.values(ties).reduce(
  (sum, shape) => sum + shape.share * shape.weight,
  0,
);

/** How many interactions a tie has, and the days-ago window they fall in. */
function planContact(
  settings: Settings,
  tie: Tie,
  random: Random,
): { count: number; from: number; to: number } {
  const mean = (settings.perPerson * ties[tie].weight) / averageWeight;
  const spread = tie === 'close' || tie === 'regular' ? 0.5 + random() : -Math.log(1 - random());
  const count = settings.perPerson === 0 ? 0 : Math.max(1, Math.round(mean * spread));
  const span = settings.span;
  switch (tie) {
    case 'close':
      return { count, from: span, to: 0 };
    case 'regular':
      return { count, from: between(random, Math.floor(span * 0.4), span), to: 0 };
    case 'weak':
      return { count, from: between(random, Math.min(30, span), span), to: 0 };
    case 'new':
      return { count, from: between(random, 0, Math.min(180, span)), to: 0 };
    case 'dormant':
      return { count, from: span, to: settings.dormantAfter };
  }
}

// ── a person ────────────────────────────────────────────────────────────────────────────────────

function makePerson(settings: Settings, key: number, random: Random): DemoPerson {
  const first = pick(random, words.firstNames);
  const last = pick(random, words.lastNames);
  const industry = pick(random, words.industries);
  const freelance = random() < 0.06;
  const company = freelance ? null : pick(random, words.companiesByIndustry[industry]);
  const tie = weighted(random, tieShares);
  const tags = pickTags(random, tie, industry);
  const title = pickTitle(random, industry, tags.includes('recruiter'), freelance);
  const local = `${slug(first)}.${slug(last)}`;
  const emails: string[] = [];
  if (company && random() < 0.92) emails.push(`${local}@${slug(company)}.example`);
  if (!company || random() < 0.3)
    emails.push(`${slug(first)}${slug(last)}${between(random, 1, 99)}@mail.example`);
  return {
    key,
    name: `${first} ${last}`,
    emails,
    phones: random() < 0.35 ? [makePhone(random)] : [],
    company,
    title,
    location: pick(random, words.cities),
    linkedinUrl:
      random() < 0.75
        ? `https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${between(random, 4096, 65535).toString(16)}`
        : null,
    tags,
    howWeMet: random() < 0.8 ? writeHowWeMet(random, company) : null,
    interests: pickSome(random, words.interests, between(random, 0, 4)),
    needs: random() < 0.35 ? pick(random, words.needs) : null,
    offers: random() < 0.4 ? pick(random, words.offers) : null,
    notes: random() < 0.3 ? pick(random, words.notes) : null,
    doNotContact: random() < 0.004,
    interactions: makeInteractions(settings, tie, tags, random),
  };
}

function pickTitle(
  random: Random,
  industry: Industry,
  recruiter: boolean,
  freelance: boolean,
): string {
  if (recruiter)
    return pick(random, ['Recruiter', 'Talent Partner', 'Technical Recruiter', 'Head of Talent']);
  const title =
    random() < 0.85
      ? pick(random, words.titlesByIndustry[industry])
      : pick(random, words.commonTitles);
  return freelance ? `Freelance ${title}` : title;
}

function pickTags(random: Random, tie: Tie, industry: string): string[] {
  const tags = pickSome(random, words.relationshipTags, between(random, 1, 2));
  if (tie === 'close' && random() < 0.6)
    tags.unshift(pick(random, ['friend', 'mentor', 'former-colleague']));
  if (random() < 0.6) tags.push(industry);
  return [...new Set(tags)];
}

/** "Ciarán O'Brien" → "ciaran", "obrien": ASCII for emails and profile addresses. */
function toSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Made once from the fixed word lists: a lookup, never written to after load. */
const slugs: ReadonlyMap<string, string> = new Map(
  [...words.firstNames, ...words.lastNames, ...Object.values(words.companiesByIndustry).flat()].map(
    (text) => [text, toSlug(text)],
  ),
);

function slug(text: string): string {
  return slugs.get(text) ?? toSlug(text);
}

/** Numbers from ranges set aside for fiction (NANP 555-01xx, Ofcom drama, ACMA 0491 570). */
function makePhone(random: Random): string {
  const digits = (count: number) =>
    String(between(random, 0, 10 ** count - 1)).padStart(count, '0');
  switch (between(random, 0, 2)) {
    case 0:
      return `+1 ${between(random, 201, 989)} 555 01${digits(2)}`;
    case 1:
      return `+44 20 7946 0${digits(3)}`;
    default:
      return `+61 491 570 ${digits(3)}`;
  }
}

function writeHowWeMet(random: Random, company: string | null): string {
  const other = () => `${pick(random, words.firstNames)} ${pick(random, words.lastNames)}`;
  switch (between(random, 0, 7)) {
    case 0:
      return `Worked together at ${company ?? pick(random, words.companiesByIndustry.software)}`;
    case 1:
      return `Met at ${pick(random, words.events)} in ${pick(random, words.cities)}`;
    case 2:
      return `Introduced by ${other()}`;
    case 3:
      return `We both studied at ${pick(random, words.universities)}`;
    case 4:
      return 'Reached out to me on LinkedIn about a role';
    case 5:
      return `Sat next to each other at ${pick(random, words.events)}`;
    case 6:
      return `Friend of ${other()} from ${pick(random, words.cities)}`;
    default:
      return `Worked on a project with ${company ?? 'their team'}`;
  }
}

// ── interactions ────────────────────────────────────────────────────────────────────────────────

const kindWeights = weightTable<InteractionKind>({
  'catch-up': 50,
  ask: 10,
  give: 12,
  intro: 6,
  thanks: 10,
  'follow-up': 12,
});

function makeInteractions(
  settings: Settings,
  tie: Tie,
  tags: string[],
  random: Random,
): DemoInteraction[] {
  const plan = planContact(settings, tie, random);
  const daysAgo: number[] = [];
  for (let i = 0; i < plan.count; i += 1) {
    daysAgo.push(plan.to + Math.floor((plan.from - plan.to + 1) * random() ** ties[tie].recency));
  }
  // Close ties were in touch within the last fortnight, regular ones within the last quarter.
  if (tie === 'close' && daysAgo.length > 0)
    daysAgo[0] = between(random, 0, Math.min(14, plan.from));
  if (tie === 'regular' && daysAgo.length > 0)
    daysAgo[0] = between(random, 0, Math.min(90, plan.from));
  daysAgo.sort((a, b) => b - a);
  const recruiter = tags.includes('recruiter');
  return daysAgo.map((ago) => {
    const channel = weighted(random, ties[tie].channels);
    const kind = channel === 'social' ? 'catch-up' : weighted(random, kindWeights);
    const direction = pickDirection(random, channel, kind, recruiter);
    return {
      occurredOn: settings.dayStrings[ago] ?? settings.dayStrings[0] ?? '',
      channel,
      direction,
      kind,
      summary: writeSummary(random, channel, kind, direction),
      tags: random() < 0.12 ? [random() < 0.5 && tags[0] ? tags[0] : kindTags[kind]] : [],
    };
  });
}

const kindTags: Record<InteractionKind, string> = {
  'catch-up': 'catch-up',
  ask: 'advice',
  give: 'giving',
  intro: 'intro',
  thanks: 'thanks',
  'follow-up': 'follow-up',
};

function pickDirection(
  random: Random,
  channel: Channel,
  kind: InteractionKind,
  recruiter: boolean,
): Direction {
  const roll = random();
  if (kind === 'follow-up') return roll < 0.9 ? 'outbound' : 'inbound';
  if (kind !== 'catch-up') return roll < (recruiter ? 0.35 : 0.6) ? 'outbound' : 'inbound';
  const face =
    channel === 'meeting' || channel === 'call' || channel === 'video' || channel === 'event';
  if (face) return roll < 0.65 ? 'mutual' : roll < 0.85 ? 'outbound' : 'inbound';
  return roll < (recruiter ? 0.3 : 0.5) ? 'outbound' : roll < 0.9 ? 'inbound' : 'mutual';
}

const channelLabels: Record<Channel, readonly string[]> = {
  meeting: ['Coffee', 'Lunch', 'Breakfast', 'Drinks', 'Walk', 'Dinner'],
  call: ['Call', 'Phone call', 'Quick call'],
  video: ['Video call', 'Zoom call', 'Video chat'],
  email: ['Email'],
  message: ['Message', 'Text', 'LinkedIn message', 'WhatsApp'],
  event: ['Event'],
  social: ['LinkedIn'],
  other: ['Chat'],
};

type Phrase = (random: Random) => string;
const topic: Phrase = (random) => pick(random, words.topics);
const someone: Phrase = (random) =>
  `${pick(random, words.firstNames)} ${pick(random, words.lastNames)}`;
const firm: Phrase = (random) =>
  pick(random, words.companiesByIndustry[pick(random, words.industries)]);

/** What happened, in my words and in theirs: "asked for advice on…" / "they asked for advice on…". */
const phrases: Record<InteractionKind, { mine: readonly Phrase[]; theirs: readonly Phrase[] }> = {
  'catch-up': {
    mine: [(r) => `talked about ${topic(r)}`, (r) => topic(r), (r) => `caught up on ${topic(r)}`],
    theirs: [
      (r) => `they shared news about ${topic(r)}`,
      (r) => `they wanted to talk about ${topic(r)}`,
    ],
  },
  ask: {
    mine: [
      (r) => `asked for advice on ${topic(r)}`,
      (r) => `asked about hiring at ${firm(r)}`,
      (r) => `asked for a referral at ${firm(r)}`,
      () => 'asked for feedback on my portfolio',
    ],
    theirs: [
      (r) => `they asked for advice on ${topic(r)}`,
      () => 'they asked me to review their CV',
      (r) => `they asked for an intro to ${someone(r)}`,
    ],
  },
  give: {
    mine: [
      (r) => `shared an article on ${topic(r)}`,
      () => 'reviewed their CV',
      (r) => `sent a job lead at ${firm(r)}`,
      (r) => `recommended a book on ${topic(r)}`,
    ],
    theirs: [
      (r) => `they sent a job lead at ${firm(r)}`,
      (r) => `they shared notes on ${topic(r)}`,
      () => 'they reviewed my CV',
    ],
  },
  intro: {
    mine: [(r) => `introduced them to ${someone(r)} at ${firm(r)}`],
    theirs: [(r) => `they introduced me to ${someone(r)} at ${firm(r)}`],
  },
  thanks: {
    mine: [
      (r) => `thanked them for the intro to ${someone(r)}`,
      (r) => `thanked them for their advice on ${topic(r)}`,
    ],
    theirs: [() => 'they thanked me for the intro', () => 'they thanked me for the feedback'],
  },
  'follow-up': {
    mine: [(r) => `followed up on ${topic(r)}`, (r) => `followed up about the role at ${firm(r)}`],
    theirs: [(r) => `they followed up on ${topic(r)}`],
  },
};

const socialPhrases: { mine: readonly Phrase[]; theirs: readonly Phrase[] } = {
  mine: [
    (r) => `Liked their post about ${topic(r)}`,
    (r) => `Commented on their post about ${topic(r)}`,
    () => 'Congratulated them on the new role',
    (r) => `Endorsed them for ${pick(r, words.interests)}`,
  ],
  theirs: [
    (r) => `They liked my post about ${topic(r)}`,
    (r) => `They commented on my post about ${topic(r)}`,
  ],
};

/** "Coffee — talked about moving into product", the way a one-line log reads on a timeline. */
function writeSummary(
  random: Random,
  channel: Channel,
  kind: InteractionKind,
  direction: Direction,
): string {
  const voice = direction === 'inbound' ? 'theirs' : 'mine';
  if (channel === 'social') return pick(random, socialPhrases[voice])(random);
  const label =
    channel === 'event'
      ? `${random() < 0.5 ? 'Met' : 'Saw them'} at ${pick(random, words.events)}`
      : pick(random, channelLabels[channel]);
  return `${label} — ${pick(random, phrases[kind][voice])(random)}`;
}

// Drafts a short, give-first message for one intent, person and relationship stage, with blanks for missing facts.
import { AppError } from '../errors.js';
import type { Interaction } from '../interaction.js';
import type { Person } from '../person.js';
import type { Profile } from '../profile.js';
import { buildDraftContext, timelineOf, type DraftTemplate } from './draft-context.js';
import { followUpTemplates } from './drafts-follow-ups.js';
import { givingTemplates } from './drafts-giving.js';
import { introduce } from './drafts-introduce.js';
import { outreachTemplates } from './drafts-outreach.js';
import { requestIntro } from './drafts-request-intro.js';
import { draftIntents, isDraftIntent, type DraftIntent } from './intents.js';
import { countWords } from './prose.js';
import type { RelationshipStage } from './stages.js';
import { checkDoNotContact, decideIntent } from './timeline-checks.js';
import { readTimeline } from './timeline-facts.js';

// The intent list lives with its words, which the web app shares; drafting re-exports it.
export { draftIntents, isDraftIntent, type DraftIntent } from './intents.js';

export interface DraftInput {
  intent: DraftIntent;
  /** Who the message is about; the recipient, except for request-intro (the target). */
  person: Person;
  profile: Profile;
  /** What the user can give, in their words ("feedback on landing pages"); defaults to profile.offers. */
  offers?: readonly string[];
  /** The user's one-sentence value statement, first person; defaults to profile.valueStatement. */
  valueStatement?: string;
  /** The user's own interests, matched against the person's; defaults to profile.interests. */
  interests?: readonly string[];
  /** Defaults by intent: cold is stranger, warm is acquaintance, otherwise contact after a logged interaction. */
  stage?: RelationshipStage;
  /** Their timeline, newest first; enough of it to find the last contact of each kind. */
  timeline?: readonly Interaction[];
  /** Without a timeline: the one newest interaction. */
  lastInteraction?: Interaction | null;
  /** For request-intro: the connector's timeline, searched for a logged link to the person. */
  connectorTimeline?: readonly Interaction[];
  /** The user knows someone involved is marked do not contact and wants a draft all the same. */
  acknowledgeDoNotContact?: boolean;
  /** For introduce: the second person. */
  otherPerson?: Person;
  /** For request-intro: the person asked to make the introduction. */
  connector?: Person;
  /** For share, congratulate, follow-ups: the article, news or link. */
  topic?: string;
  /** YYYY-MM-DD, for relative dates such as "last week"; without it dates are spelled out. */
  today?: string;
  /** Alternatives wanted per part, 1–5; 3 by default. */
  variantCount?: number;
}

export interface DraftPart {
  label: string;
  to: string;
  body: string;
}

export interface Draft {
  /** The intent drafted: the one asked for unless the timeline made it untrue (see reason). */
  intent: DraftIntent;
  /** Why the draft differs from what was asked, such as a follow-up to someone who replied. */
  reason: string | null;
  /** Something to be sure of before sending, such as a do-not-contact mark the user overrode. */
  warning: string | null;
  subject: string;
  parts: DraftPart[];
  /** variants[i] holds alternative bodies for parts[i]; variants[i][0] is parts[i].body. */
  variants: string[][];
  /** Labels of facts Kith does not know, each shown in the text as "[label]". */
  blanks: string[];
  /** Words in the main body (parts[0]). */
  wordCount: number;
}

const templates: Record<DraftIntent, DraftTemplate> = {
  ...outreachTemplates,
  'request-intro': requestIntro,
  introduce,
  ...followUpTemplates,
  ...givingTemplates,
};

/** The intent named by `value`, or INVALID_INPUT naming it and listing the valid intents. */
export function parseDraftIntent(value: string): DraftIntent {
  if (isDraftIntent(value)) return value;
  throw new AppError(
    'INVALID_INPUT',
    `Unknown draft intent "${value}"; use one of ${draftIntents.join(', ')}.`,
    { problems: [{ field: 'intent', message: `must be one of ${draftIntents.join(', ')}` }] },
  );
}

export function draftMessage(input: DraftInput): Draft {
  parseDraftIntent(input.intent);
  const warning = checkDoNotContact(recipientsOf(input), input.acknowledgeDoNotContact === true);
  const timeline = timelineOf(input);
  const decision = decideIntent(
    input.intent,
    readTimeline(timeline, input.today),
    input.person,
    input.today,
  );
  const template = templates[decision.intent];
  const context = buildDraftContext({ ...input, intent: decision.intent, timeline });
  const count = Math.min(5, Math.max(1, Math.floor(input.variantCount ?? 3)));
  const sketches = Array.from({ length: count }, (_, variant) => template(context, variant));
  const first = sketches[0] ?? template(context, 0);
  const variants = first.parts.map((_, index) => [
    ...new Set(sketches.map((sketch) => sketch.parts[index]?.body ?? '')),
  ]);
  const text = [first.subject, ...variants.flat()].join('\n');
  return {
    intent: decision.intent,
    reason: decision.reason,
    warning,
    subject: first.subject,
    parts: first.parts,
    variants,
    blanks: context
      .blanksUsed()
      .filter((label) => text.includes(`[${label}]`))
      .sort((a, b) => text.indexOf(`[${a}]`) - text.indexOf(`[${b}]`)),
    wordCount: countWords(first.parts[0]?.body ?? ''),
  };
}

/** Everyone the message reaches: the connector and the person for an intro, both people introduced. */
function recipientsOf(input: DraftInput): Person[] {
  const { person, connector, otherPerson } = input;
  if (input.intent === 'request-intro') return connector ? [connector, person] : [person];
  if (input.intent === 'introduce') return otherPerson ? [person, otherPerson] : [person];
  return [person];
}

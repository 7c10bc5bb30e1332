// Templates for starting or restarting a conversation: warm and cold first contact, reconnect, ask advice.
import type { DraftContext, DraftTemplate } from './draft-context.js';
import {
  askFor,
  easyOut,
  greet,
  introduceSelf,
  offerLine,
  purposeOf,
  questionFor,
  roleClause,
  signOff,
} from './phrases.js';
import { composeBody, optional, pick, type Sentence } from './prose.js';
import { describeMoment } from './timeline-facts.js';

type OutreachIntent = 'first-contact-warm' | 'first-contact-cold' | 'reconnect' | 'ask-advice';

/**
 * A sentence placing the last two-way contact (never the user's own unanswered note), or null
 * when Kith has none logged.
 */
function lastTalk(context: DraftContext, variant: number): string | null {
  if (!context.lastTalk) return null;
  const moment = describeMoment(context.lastTalk);
  return pick(
    [`I enjoyed ${moment}.`, `Thanks again for ${moment}.`, `I've been thinking about ${moment}.`],
    variant,
  );
}

/** Names the overlap truthfully: "we share" only when both used the same words. */
function sharedSentence(context: DraftContext): string | null {
  const { shared, sharedMine } = context;
  if (!shared) return null;
  return sharedMine?.toLowerCase() === shared.toLowerCase()
    ? `We share an interest in ${shared}.`
    : `I noticed your interest in ${shared}.`;
}

function metSentence(context: DraftContext, variant: number): string {
  const met = context.met ?? context.blank('where you met');
  return pick(
    [
      `It was good to meet you ${met}.`,
      `I enjoyed meeting you ${met}.`,
      `Great to meet you ${met}.`,
    ],
    variant,
  );
}

const firstContactWarm: DraftTemplate = (context, variant) => {
  const remember =
    lastTalk(context, variant) ??
    sharedSentence(context) ??
    `I enjoyed hearing about ${context.blank('something they told you')}.`;
  const body = composeBody([
    [greet(context)],
    [metSentence(context, variant), optional(remember, 2)],
    [
      `I'm ${purposeOf(context)}, and I'd value your view on ${questionFor(context)}.`,
      askFor(context, variant),
    ],
    [optional(offerLine(context, variant, true), 3), optional(easyOut(variant), 1)],
    [signOff(context, variant)],
  ]);
  const subject = context.met ? `Good to meet you ${context.met}` : 'Good to meet you';
  return { subject, parts: [{ label: 'Message', to: context.person.name, body }] };
};

const firstContactCold: DraftTemplate = (context, variant) => {
  const role = roleClause(context.title, context.company);
  const admire = context.blank('what you admire about their work');
  const why = role
    ? `I came across your work ${role}, especially ${admire}.`
    : `I came across your work on ${admire}.`;
  const shared = sharedSentence(context);
  const body = composeBody([
    [greet(context)],
    [introduceSelf(context), why, optional(shared, 1)],
    [
      `I'm ${purposeOf(context)}, and I'd value your view on ${questionFor(context)}.`,
      askFor(context, variant),
    ],
    [optional(offerLine(context, variant, true), 2)],
    [signOff(context, variant)],
  ]);
  const about = context.company ?? context.shared ?? context.title;
  const subject = about ? `A question about ${about}` : `A question from ${context.userFirst}`;
  return { subject, parts: [{ label: 'Message', to: context.person.name, body }] };
};

/** How a reconnect opens: "it's been a while" only when the timeline says so. */
function reconnectOpening(context: DraftContext, variant: number): Sentence[] {
  if (context.recent && context.lastContact) {
    const after = `${context.lastContact.what} ${context.lastContact.when}`;
    return [
      pick(
        [
          `A quick note after ${after}.`,
          `Good to be back in touch after ${after}.`,
          `Following on from ${after}.`,
        ],
        variant,
      ),
    ];
  }
  const since = context.lastTalk
    ? `I still remember ${describeMoment(context.lastTalk)}.`
    : context.met
      ? `We first met ${context.met}.`
      : `We last spoke ${context.blank('when and where you last spoke')}.`;
  return [
    pick(["It's been a while!", 'It has been too long.', 'Long time, no talk.'], variant),
    optional(since, 2),
  ];
}

const reconnect: DraftTemplate = (context, variant) => {
  const reason = context.shared
    ? `I remembered your interest in ${context.shared} and wanted to say hello.`
    : `You came to mind because of ${context.blank('what reminded you of them')}.`;
  const body = composeBody([
    [greet(context)],
    [...reconnectOpening(context, variant), reason],
    [
      pick(
        [
          'What are you working on these days?',
          "I'd love to hear what you're up to now.",
          "How are things going? I'd love an update.",
        ],
        variant,
      ),
      optional(offerLine(context, variant, false), 3),
    ],
    [optional(`On my side, I'm ${purposeOf(context)}.`, 4), optional(easyOut(variant), 1)],
    [signOff(context, variant)],
  ]);
  return {
    subject: context.recent ? 'Catching up' : "It's been a while",
    parts: [{ label: 'Message', to: context.person.name, body }],
  };
};

const askAdvice: DraftTemplate = (context, variant) => {
  const role = roleClause(context.title, context.company);
  const opening =
    lastTalk(context, variant) ??
    (context.met ? `We met ${context.met}.` : null) ??
    (role ? `Your experience ${role} is exactly what I'm hoping to learn from.` : null);
  const body = composeBody([
    [greet(context)],
    [optional(opening, 2)],
    [
      `I'm ${purposeOf(context)}, and I'd value your advice on ${questionFor(context)}.`,
      askFor(context, variant),
    ],
    [optional(offerLine(context, variant, true), 3), optional(easyOut(variant), 1)],
    [signOff(context, variant)],
  ]);
  return {
    subject: 'Could I ask your advice?',
    parts: [{ label: 'Message', to: context.person.name, body }],
  };
};

export const outreachTemplates: Record<OutreachIntent, DraftTemplate> = {
  'first-contact-warm': firstContactWarm,
  'first-contact-cold': firstContactCold,
  reconnect,
  'ask-advice': askAdvice,
};

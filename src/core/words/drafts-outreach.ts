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
  roleOf,
  signOff,
} from './phrases.js';
import { composeBody, optional, pick } from './prose.js';

type OutreachIntent = 'first-contact-warm' | 'first-contact-cold' | 'reconnect' | 'ask-advice';

/** A sentence placing the last conversation, or null when Kith has none logged. */
function lastTalk(context: DraftContext, variant: number): string | null {
  const { lastChannel, lastWhen, lastTopic } = context;
  if (!lastChannel || !lastWhen) return null;
  const about = lastTopic ? ` about ${lastTopic}` : '';
  return pick(
    [
      `I enjoyed our ${lastChannel} ${lastWhen}${about}.`,
      `Thanks again for our ${lastChannel} ${lastWhen}${about}.`,
      `I've been thinking about our ${lastChannel} ${lastWhen}${about}.`,
    ],
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
  const role = roleOf(context.title, context.company);
  const admire = context.blank('what you admire about their work');
  const why = role
    ? `I came across your work as ${role}, especially ${admire}.`
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

const reconnect: DraftTemplate = (context, variant) => {
  const since =
    context.lastWhen && context.lastChannel
      ? `The last time we talked was our ${context.lastChannel} ${context.lastWhen}${context.lastTopic ? ` about ${context.lastTopic}` : ''}.`
      : context.met
        ? `We first met ${context.met}.`
        : `We last spoke ${context.blank('when and where you last spoke')}.`;
  const reason = context.shared
    ? `I remembered your interest in ${context.shared} and wanted to say hello.`
    : `You came to mind because of ${context.blank('what reminded you of them')}.`;
  const body = composeBody([
    [greet(context)],
    [
      pick(["It's been a while!", 'It has been too long.', 'Long time, no talk.'], variant),
      optional(since, 2),
      reason,
    ],
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
    subject: "It's been a while",
    parts: [{ label: 'Message', to: context.person.name, body }],
  };
};

const askAdvice: DraftTemplate = (context, variant) => {
  const role = roleOf(context.title, context.company);
  const opening =
    lastTalk(context, variant) ??
    (context.met ? `We met ${context.met}.` : null) ??
    (role ? `Your experience as ${role} is exactly what I'm hoping to learn from.` : null);
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

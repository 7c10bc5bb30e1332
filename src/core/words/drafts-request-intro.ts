// Asking a connector for a double opt-in introduction: a note to the connector plus a forwardable blurb.
import type { DraftContext, DraftTemplate } from './draft-context.js';
import { greet, purposeOf, questionFor, roleOf, shortCall, signOff } from './phrases.js';
import {
  addressYou,
  clipFact,
  composeBody,
  firstNameOf,
  lowerFirst,
  optional,
  pick,
} from './prose.js';

/** The forwardable blurb: third person, short, so the target can say yes or no on its own. */
function writeBlurb(context: DraftContext, target: string, variant: number): string {
  const who = context.headline
    ? lowerFirst(context.headline)
    : context.blank('one line about what you do');
  const inTheirWords = context.valueStatement
    ? `In ${context.userFirst}'s words: "${context.valueStatement}."`
    : null;
  const offer = context.offer
    ? `In return, ${context.userFirst} could offer: ${context.offer}.`
    : null;
  return composeBody([
    [
      `${context.userName} (${who}) is ${purposeOf(context)} and would value a ${shortCall} with ${target} to hear ${questionFor(context, 'them')}.`,
      optional(inTheirWords, 1),
      optional(offer, 2),
      pick(
        [
          `${context.userFirst} is happy to fit around ${target}'s schedule.`,
          `A short email reply would help just as much as a call.`,
        ],
        variant,
      ),
    ],
  ]);
}

/** Says the connector knows the person only when something stored links them; else it asks. */
function knowsThem(context: DraftContext, targetLine: string, variant: number): string {
  const { link } = context;
  if (link?.kind === 'same-company') {
    return `I see you and ${context.person.name} both work at ${link.company}.`;
  }
  if (link?.kind === 'noted') {
    return pick(
      [
        `I believe you know ${targetLine}.`,
        `I think you're connected to ${targetLine}.`,
        `You know ${targetLine}, I believe.`,
      ],
      variant,
    );
  }
  return pick(
    [
      `Do you know ${targetLine}?`,
      `Would you happen to know ${targetLine}?`,
      `Are you by any chance in touch with ${targetLine}?`,
    ],
    variant,
  );
}

export const requestIntro: DraftTemplate = (context, variant) => {
  const target = context.first;
  const connectorName = context.connector?.name ?? context.blank("the connector's name");
  const connectorFirst = context.connector ? firstNameOf(connectorName) : connectorName;
  const role = roleOf(context.title, context.company);
  const connectorNeeds = context.connector?.needs ? clipFact(context.connector.needs, 8) : null;
  const connectorHelp = connectorNeeds
    ? `And if I can help with ${addressYou(connectorNeeds) ?? connectorNeeds}, just say.`
    : null;
  const targetLine = role ? `${context.person.name} (${role})` : context.person.name;
  const note = composeBody([
    [greet(context, connectorFirst)],
    [
      knowsThem(context, targetLine, variant),
      `I'm ${purposeOf(context)}, and I think ${target} would have a useful view on ${questionFor(context, 'them')}.`,
    ],
    [
      `${context.link ? 'Would' : 'If you do, would'} you be open to asking ${target} whether they'd like an introduction?`,
      pick(
        [
          'Only if it feels right; an easy no is completely fine.',
          "No pressure at all if it doesn't feel right.",
          "Only if you're comfortable; a no is fine.",
        ],
        variant,
      ),
      "I've written a short note below that you can forward as it is.",
    ],
    [optional(connectorHelp, 1)],
    [signOff(context, variant)],
  ]);
  return {
    subject: `Intro to ${target}?`,
    parts: [
      { label: `Note to ${connectorFirst}`, to: connectorName, body: note },
      {
        label: `Forwardable blurb for ${target}`,
        to: context.person.name,
        body: writeBlurb(context, target, variant),
      },
    ],
  };
};

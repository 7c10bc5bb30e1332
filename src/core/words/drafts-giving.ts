// Templates that only give: thank-you (with a report-back promise), congratulations, sharing, a meeting recap.
import type { DraftContext, DraftTemplate } from './draft-context.js';
import { greet, offerLine, signOff } from './phrases.js';
import { composeBody, optional, pick } from './prose.js';
import type { Moment } from './timeline-facts.js';
import { phrasesOverlap } from './tokens.js';

type GivingIntent = 'thank-you' | 'congratulate' | 'share' | 'recap';

/** "our call yesterday": a logged contact, or a blank for the user to say which. */
function contactOrBlank(context: DraftContext, moment: Moment | null, missing: string): string {
  return moment ? `${moment.what} ${moment.when}` : context.blank(missing);
}

const thankYou: DraftTemplate = (context, variant) => {
  // Thanks go to something they did or took part in, never to the user's own note.
  const talk = context.lastTalk;
  const useful = talk?.topic ?? context.blank('the most useful thing they said');
  const body = composeBody([
    [greet(context)],
    [
      pick(['Thank you for', 'Thanks so much for', 'I really appreciated'], variant) +
        ` ${contactOrBlank(context, talk, 'what they did for you')}.`,
      `Your point about ${useful} was especially helpful.`,
    ],
    [
      pick(
        [
          "I'm going to put it into practice and will let you know how it goes.",
          "I'll act on it this month and report back.",
          "I'll let you know what comes of it.",
        ],
        variant,
      ),
      optional(offerLine(context, variant, false), 1),
    ],
    [signOff(context, variant)],
  ]);
  return { subject: 'Thank you', parts: [{ label: 'Message', to: context.person.name, body }] };
};

const congratulate: DraftTemplate = (context, variant) => {
  const news = context.topic ?? context.blank('their news');
  const body = composeBody([
    [greet(context)],
    [
      pick(
        [
          `Congratulations on ${news}!`,
          `Congratulations on ${news}. Great news.`,
          `I saw the news about ${news}. Congratulations!`,
        ],
        variant,
      ),
      pick(
        [
          'No need to reply; I just wanted to say it.',
          'Enjoy the moment.',
          'Hope you take a minute to celebrate.',
        ],
        variant,
      ),
    ],
    [optional(offerLine(context, variant, false), 1)],
    [signOff(context, variant)],
  ]);
  return {
    subject: 'Congratulations!',
    parts: [{ label: 'Message', to: context.person.name, body }],
  };
};

/** Why this made the user think of them: an interest or need the topic touches, else a blank. */
function whyShare(context: DraftContext): string {
  const { person, topic } = context;
  const interest = topic ? person.interests.find((i) => phrasesOverlap(i, topic)) : undefined;
  if (interest) return `given your interest in ${interest}`;
  if (topic && context.needs && phrasesOverlap(context.needs, topic)) {
    return `given your work on ${context.needs}`;
  }
  return `because ${context.blank('why it made you think of them')}`;
}

const share: DraftTemplate = (context, variant) => {
  const item = context.topic ?? context.blank('the link or article');
  const body = composeBody([
    [greet(context)],
    [
      pick(
        [
          `I came across ${item} and thought of you`,
          `This made me think of you: ${item}`,
          `Sharing ${item} with you`,
        ],
        variant,
      ) + `, ${whyShare(context)}.`,
    ],
    [
      pick(
        [
          "No need to reply; I hope it's useful.",
          'No reply needed.',
          "Hope it's useful; no need to reply.",
        ],
        variant,
      ),
    ],
    [signOff(context, variant)],
  ]);
  const subject = context.topic ? `Thought of you: ${context.topic}` : 'Thought of you';
  return { subject, parts: [{ label: 'Message', to: context.person.name, body }] };
};

const recap: DraftTemplate = (context, variant) => {
  // A recap sums up a conversation both took part in: a meeting, call, video call or event.
  const talk = context.lastConversation;
  const discussed = talk?.topic ?? context.blank('the main thing you discussed');
  const help = context.needs
    ? `- On ${context.needs}: ${context.offer ?? context.blank('how you will help')}.`
    : null;
  const body = composeBody([
    [greet(context)],
    [
      `Thanks for ${contactOrBlank(context, talk, 'the meeting or call')}.`,
      pick(
        [
          'A quick recap so nothing gets lost:',
          "My notes, so we're on the same page:",
          "Here's what I took away:",
        ],
        variant,
      ),
    ],
    [
      [
        `- We talked about ${discussed}.`,
        `- Next from me: ${context.blank('what you said you would do')}.`,
        help,
      ]
        .filter((line) => line !== null)
        .join('\n'),
    ],
    [
      pick(
        [
          "I'll report back once I've done it.",
          "I'll let you know how it goes.",
          "I'll follow up with what I find.",
        ],
        variant,
      ),
    ],
    [signOff(context, variant)],
  ]);
  return {
    subject: 'Recap and next steps',
    parts: [{ label: 'Message', to: context.person.name, body }],
  };
};

export const givingTemplates: Record<GivingIntent, DraftTemplate> = {
  'thank-you': thankYou,
  congratulate,
  share,
  recap,
};

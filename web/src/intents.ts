// What the user can write, in plain words: each draft intent's label, hint, group and extra input.
import type { DraftIntent, FollowUpStatus } from './api.js';

/** A choice on the compose page; both follow-ups share one, picked by where the sequence stands. */
export type IntentChoice = Exclude<DraftIntent, 'follow-up-1' | 'follow-up-2'> | 'follow-up';

/** What else a draft needs before it can be written well. */
export type IntentExtra = 'connector' | 'other-person' | 'topic' | 'optional-topic' | null;

interface IntentInfo {
  label: string;
  /** `{first}` stands for the person's first name. */
  hint: string;
  extra: IntentExtra;
  /** What the timeline says once it is sent: "Asked for advice". */
  done: string;
}

export const intentInfo: Record<IntentChoice, IntentInfo> = {
  'first-contact-warm': {
    label: 'First message (we’ve met)',
    hint: 'You met briefly — at an event, on a course, on a call — and want to keep in touch.',
    extra: null,
    done: 'First message',
  },
  'first-contact-cold': {
    label: 'First message (we haven’t met)',
    hint: 'A short, specific note to someone new, with a small ask that is easy to say yes to.',
    extra: null,
    done: 'First message',
  },
  reconnect: {
    label: 'Reconnect after a while',
    hint: 'It’s been months or years. That’s normal — most people are glad to hear from you.',
    extra: null,
    done: 'Reconnected',
  },
  'ask-advice': {
    label: 'Ask for advice',
    hint: 'Twenty minutes about their work. The easiest ask to say yes to.',
    extra: null,
    done: 'Asked for advice',
  },
  'request-intro': {
    label: 'Ask for an introduction',
    hint: 'Ask someone who knows {first} to introduce you. They check with {first} first.',
    extra: 'connector',
    done: 'Asked for an introduction',
  },
  introduce: {
    label: 'Introduce two people',
    hint: 'Connect {first} with someone they’d be glad to meet. You ask each of them first.',
    extra: 'other-person',
    done: 'Offered an introduction',
  },
  share: {
    label: 'Share something useful',
    hint: 'An article, a link or an idea that made you think of {first}.',
    extra: 'topic',
    done: 'Shared something useful',
  },
  congratulate: {
    label: 'Congratulate',
    hint: 'A new role, a launch, a talk: a few warm lines about their news.',
    extra: 'topic',
    done: 'Congratulated them',
  },
  'thank-you': {
    label: 'Say thanks',
    hint: 'Tell {first} what their help led to. People love hearing how it turned out.',
    extra: null,
    done: 'Said thanks',
  },
  'follow-up': {
    label: 'Follow up',
    hint: 'A short, friendly nudge when you haven’t heard back. Kith stops after two.',
    extra: 'optional-topic',
    done: 'Followed up',
  },
  recap: {
    label: 'Recap after a meeting',
    hint: 'Thank them, sum up what you took away, and name any next step.',
    extra: null,
    done: 'Sent a recap',
  },
};

export const intentGroups: { title: string; choices: IntentChoice[] }[] = [
  { title: 'Get in touch', choices: ['first-contact-warm', 'first-contact-cold', 'reconnect'] },
  { title: 'Ask for a little help', choices: ['ask-advice', 'request-intro'] },
  { title: 'Give first', choices: ['share', 'congratulate', 'introduce', 'thank-you'] },
  { title: 'Keep it going', choices: ['follow-up', 'recap'] },
];

const allIntents: readonly DraftIntent[] = [
  'first-contact-warm',
  'first-contact-cold',
  'reconnect',
  'ask-advice',
  'request-intro',
  'introduce',
  'follow-up-1',
  'follow-up-2',
  'thank-you',
  'congratulate',
  'share',
  'recap',
];

export function isDraftIntent(value: string): value is DraftIntent {
  return (allIntents as readonly string[]).includes(value);
}

export function choiceFor(intent: DraftIntent): IntentChoice {
  return intent === 'follow-up-1' || intent === 'follow-up-2' ? 'follow-up' : intent;
}

/** The intent to draft for a choice: the second follow-up once the first has gone out. */
export function intentFor(choice: IntentChoice, followUp: FollowUpStatus): DraftIntent {
  if (choice !== 'follow-up') return choice;
  return followUp.state === 'waiting' && followUp.step === 2 ? 'follow-up-2' : 'follow-up-1';
}

/** The tone check's name for an intent, as the server names it when it checks a draft. */
export function toneIntent(intent: DraftIntent): string {
  if (intent.startsWith('first-contact')) return 'first-contact';
  if (intent.startsWith('follow-up')) return 'follow-up';
  return intent;
}

export function withFirstName(text: string, first: string): string {
  return text.replaceAll('{first}', first);
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

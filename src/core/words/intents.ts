// What the user can write, in plain words: each draft intent, its label, hint, group and extra input.
// Shared with the web app, so it imports types only (see docs/decisions/0003-one-source-for-rules.md).
import type { FollowUpStatus } from '../follow-up.js';

/** How long "a short call" is, in every draft, hint and help text: one length, set here. */
export const shortCallMinutes = 15;

export const draftIntents = [
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
] as const;
export type DraftIntent = (typeof draftIntents)[number];

export function isDraftIntent(value: string): value is DraftIntent {
  return (draftIntents as readonly string[]).includes(value);
}

/** A choice a person makes; both follow-ups share one, picked by where the sequence stands. */
export type IntentChoice = Exclude<DraftIntent, 'follow-up-1' | 'follow-up-2'> | 'follow-up';

/** What else a draft needs before it can be written well. */
export type IntentExtra = 'connector' | 'other-person' | 'topic' | 'optional-topic' | null;

export interface IntentInfo {
  label: string;
  /** `{first}` stands for the person's first name: see intentHint. */
  hint: string;
  extra: IntentExtra;
}

export const intentInfo: Record<IntentChoice, IntentInfo> = {
  'first-contact-warm': {
    label: 'First message (we’ve met)',
    hint: 'You met briefly — at an event, on a course, on a call — and want to keep in touch.',
    extra: null,
  },
  'first-contact-cold': {
    label: 'First message (we haven’t met)',
    hint: 'A short, specific note to someone new, with a small ask that is easy to say yes to.',
    extra: null,
  },
  reconnect: {
    label: 'Reconnect after a while',
    hint: 'It’s been months or years. That’s normal — most people are glad to hear from you.',
    extra: null,
  },
  'ask-advice': {
    label: 'Ask for advice',
    hint: `${shortCallMinutes} minutes about their work. The easiest ask to say yes to.`,
    extra: null,
  },
  'request-intro': {
    label: 'Ask for an introduction',
    hint: 'Ask someone who knows {first} to introduce you. They check with {first} first.',
    extra: 'connector',
  },
  introduce: {
    label: 'Introduce two people',
    hint: 'Connect {first} with someone they’d be glad to meet. You ask each of them first.',
    extra: 'other-person',
  },
  share: {
    label: 'Share something useful',
    hint: 'An article, a link or an idea that made you think of {first}.',
    extra: 'topic',
  },
  congratulate: {
    label: 'Congratulate',
    hint: 'A new role, a launch, a talk: a few warm lines about their news.',
    extra: 'topic',
  },
  'thank-you': {
    label: 'Say thanks',
    hint: 'Tell {first} what their help led to. People love hearing how it turned out.',
    extra: null,
  },
  'follow-up': {
    label: 'Follow up',
    hint: 'A short, friendly nudge when you haven’t heard back. Kith stops after two.',
    extra: 'optional-topic',
  },
  recap: {
    label: 'Recap after a meeting',
    hint: 'Thank them, sum up what you took away, and name any next step.',
    extra: null,
  },
};

/** Which of the two follow-ups an intent is, for help text that lists every intent. */
export const followUpSteps: Record<'follow-up-1' | 'follow-up-2', string> = {
  'follow-up-1': 'the first nudge, a week after an unanswered ask',
  'follow-up-2': 'the second and last, two weeks after the first',
};

export const intentGroups: { title: string; choices: IntentChoice[] }[] = [
  { title: 'Get in touch', choices: ['first-contact-warm', 'first-contact-cold', 'reconnect'] },
  { title: 'Ask for a little help', choices: ['ask-advice', 'request-intro'] },
  { title: 'Give first', choices: ['share', 'congratulate', 'introduce', 'thank-you'] },
  { title: 'Keep it going', choices: ['follow-up', 'recap'] },
];

export function choiceFor(intent: DraftIntent): IntentChoice {
  return intent === 'follow-up-1' || intent === 'follow-up-2' ? 'follow-up' : intent;
}

/** The follow-up to write now: the second once the first has gone out, else the first. */
export function followUpIntentFor(status: FollowUpStatus): 'follow-up-1' | 'follow-up-2' {
  return status.state === 'waiting' && status.step === 2 ? 'follow-up-2' : 'follow-up-1';
}

/** The intent to draft for a choice, given where the person's follow-up sequence stands. */
export function intentFor(choice: IntentChoice, followUp: FollowUpStatus): DraftIntent {
  return choice === 'follow-up' ? followUpIntentFor(followUp) : choice;
}

/** A choice's hint with the person's first name in it. */
export function intentHint(choice: IntentChoice, firstName: string): string {
  return intentInfo[choice].hint.replaceAll('{first}', firstName);
}

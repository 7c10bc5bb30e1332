// Words the user sees for channels, kinds, goals, stages and tone findings, and how dates read.
import type {
  Channel,
  Direction,
  InteractionKind,
  RelationshipStage,
  Severity,
  ToneCategory,
} from './api.js';
import type { DateOrder } from '../../src/core/date-order.js';
import type { Goal } from '../../src/core/profile.js';

/** How numeric dates are read; '' follows the computer Kith runs on. */
export const dateOrderChoices: Record<DateOrder | '', string> = {
  '': 'As this computer writes them',
  DMY: 'Day first: 03/11/2026 is 3 November',
  MDY: 'Month first: 11/03/2026 is 3 November',
  YMD: 'Year first: 2026/11/03 is 3 November',
};

export const channelLabels: Record<Channel, string> = {
  meeting: 'Meeting in person',
  call: 'Phone call',
  video: 'Video call',
  email: 'Email',
  message: 'Message',
  event: 'Event',
  social: 'Social media',
  other: 'Other or not said',
};

/** "Logged a meeting with Ana": each channel as a noun with its article. */
export const channelNouns: Record<Channel, string> = {
  meeting: 'a meeting',
  call: 'a call',
  video: 'a video call',
  email: 'an email',
  message: 'a message',
  event: 'an event',
  social: 'a social media exchange',
  other: 'a conversation',
};

export const directionLabels: Record<Direction, string> = {
  outbound: 'I reached out',
  inbound: 'They reached out',
  mutual: 'Mutual',
};

export const kindLabels: Record<InteractionKind, string> = {
  'catch-up': 'Catch-up',
  ask: 'I asked for something',
  give: 'I gave something',
  intro: 'Introduction',
  thanks: 'Thanks',
  'follow-up': 'Follow-up',
};

export const goalChoices: { goal: Goal; label: string; hint: string }[] = [
  {
    goal: 'job-search',
    label: 'Job search',
    hint: 'Find my next role through people, not just postings.',
  },
  {
    goal: 'business-development',
    label: 'Business development',
    hint: 'Win work through relationships, without turning chats into pitches.',
  },
  {
    goal: 'grow-network',
    label: 'Grow my network',
    hint: 'Build and keep relationships for the long run.',
  },
];

export const stageLabels: Record<RelationshipStage, string> = {
  stranger: 'Stranger',
  acquaintance: 'Acquaintance',
  contact: 'Contact',
  ally: 'Ally',
};

/** What each stage means, and that moving along takes months, not days. */
export const stageHints: Record<RelationshipStage, string> = {
  stranger: 'You haven’t been in touch yet. A short, specific first message is all it takes.',
  acquaintance: 'You’ve met or spoken once or twice. Small, friendly contact builds from here.',
  contact: 'You’re in touch both ways. Keep giving a little, now and then.',
  ally: 'Close, regular, two-way. Look after this one.',
};

export const toneCategoryLabels: Record<ToneCategory, string> = {
  desperation: 'Sounds anxious',
  'sales-pitch': 'Sounds like a pitch',
  'over-apologising': 'Over-apologising',
  'too-long': 'Long for a first read',
  'big-ask-weak-tie': 'Big ask for this stage',
  'vague-ask': 'Unclear ask',
  'self-focus': 'Mostly about you',
  'no-personalisation': 'Could be to anyone',
};

/** Severity in words, so it never rests on colour alone. */
export const severityLabels: Record<Severity, string> = {
  high: 'Important',
  medium: 'Worth a look',
  low: 'Minor',
};

/** "Tue 24 Nov 2026" for a YYYY-MM-DD date, read as a calendar day (no time zone shift). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(undefined, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** The browser's date as YYYY-MM-DD: a stand-in only until the server's (the user's own) is known. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Wed 2 Dec" for a YYYY-MM-DD date in today's year, "Wed 2 Dec 2027" for another year. */
export function formatDayShort(day: string, today: string): string {
  if (day.slice(0, 4) !== today.slice(0, 4)) return formatDay(day);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(undefined, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}

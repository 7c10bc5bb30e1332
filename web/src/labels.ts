// Words the user sees for channels, directions, kinds and goals, and how dates read.
import type { Channel, Direction, InteractionKind } from './api.js';
import type { Goal } from '../../src/core/profile.js';

export const channelLabels: Record<Channel, string> = {
  meeting: 'Meeting in person',
  call: 'Phone call',
  video: 'Video call',
  email: 'Email',
  message: 'Message',
  event: 'Event',
  social: 'Social media',
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

/** The user's local date as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Words a user sees for an interaction's channel, direction and kind, in the CLI and the web app.
// Shared with the web app, so it imports types only (see docs/decisions/0003-one-source-for-rules.md).
import type { Channel, Direction, InteractionKind } from './interaction.js';

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

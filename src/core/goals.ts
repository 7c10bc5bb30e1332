// The networking goals a person can choose, each with a short label and what choosing it means.
// Shared with the web app, so it imports nothing (see docs/decisions/0003-one-source-for-rules.md).

export const goals = ['job-search', 'business-development', 'grow-network'] as const;
export type Goal = (typeof goals)[number];

export const goalLabels: Record<Goal, string> = {
  'job-search': 'Job search',
  'business-development': 'Business development',
  'grow-network': 'Grow my network',
};

export const goalHints: Record<Goal, string> = {
  'job-search': 'Find my next role through people, not just postings.',
  'business-development': 'Win work through relationships, without turning chats into pitches.',
  'grow-network': 'Build and keep relationships for the long run.',
};

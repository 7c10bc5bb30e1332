// The playbook's words, which the web app reads too: the kinds of entry and their labels, and the
// orders a group's playbook can be read in. Types and plain values only.

export const playbookKinds = ['message-that-got-a-reply', 'question', 'event', 'tip'] as const;
export type PlaybookKind = (typeof playbookKinds)[number];

export const playbookKindLabels: Record<PlaybookKind, { label: string; hint: string }> = {
  'message-that-got-a-reply': {
    label: 'A message that got a reply',
    hint: 'Paste what you sent. Kith swaps names and details for placeholders before anyone sees it.',
  },
  question: {
    label: 'A question that opened a conversation',
    hint: 'The question, and what it led to.',
  },
  event: {
    label: 'An event worth going to',
    hint: 'What it is, when and where, and why it was worth it.',
  },
  tip: {
    label: 'A tip',
    hint: 'Something that worked for you, in a few lines.',
  },
};

export function isPlaybookKind(value: string): value is PlaybookKind {
  return (playbookKinds as readonly string[]).includes(value);
}

export const playbookSorts = ['newest', 'votes'] as const;
export type PlaybookSort = (typeof playbookSorts)[number];
export const playbookSortLabels: Record<PlaybookSort, string> = {
  newest: 'Newest',
  votes: 'Most voted',
};

// Words figures: the tone check on a 200-word message and a draft, warm, against a plain tokenising pass.
import type { Person } from '../src/core/person.js';
import { emptyProfile } from '../src/core/profile.js';
import { checkTone } from '../src/core/tone/check-tone.js';
import { draftMessage } from '../src/core/words/drafts.js';
import { header, ms, percentile, report } from './stats.js';

const message = [
  'Hi Ana,',
  'I enjoyed your talk at PyData Lisbon on causal inference for product teams, especially the part about',
  'running small experiments before building dashboards. I have spent four years as a data analyst at a',
  'health nonprofit, where I built the reporting that our programme managers use every week, and I am now',
  'moving toward product analytics. Your path from analytics into product caught my eye, and I would value',
  'your view on two things: which skills mattered most when you made that move, and how your team at Acme',
  'decides what to measure first when a feature ships. If it helps, I am happy to share the checklist I use',
  'for cleaning survey data before analysis; a few people at the meetup asked for it and it might be useful',
  'for your analysts too. Would you have twenty minutes for a call in the next couple of weeks? Any time that',
  'suits you works for me, and I can send the two questions ahead so the call stays short. I also read your',
  'post about onboarding new analysts and shared it with my team, who found it very practical. Thank you for',
  'considering it, and good luck with the launch next month. Best wishes, Sam',
].join(' ');

const person: Person = {
  id: 1,
  name: 'Ana Lopez',
  emails: ['ana@acme.example'],
  phones: [],
  company: 'Acme',
  title: 'Data Lead',
  location: 'Lisbon',
  linkedinUrl: null,
  tags: ['alumni'],
  howWeMet: 'PyData Lisbon 2025',
  interests: ['causal inference'],
  needs: 'hiring two analysts',
  offers: null,
  notes: null,
  doNotContact: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

function sample(runs: number, work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

export function benchWords(): void {
  header('words (warm)');
  const words = message.split(/\s+/).length;
  const context = { stage: 'acquaintance' as const, intent: 'ask-advice', recipientName: 'Ana' };
  sample(50, () => checkTone(message, context));
  // Baseline: one regex pass over the same text, the cheapest possible look at every word.
  const baseline = percentile(
    sample(500, () => message.match(/\p{L}+/gu)?.length),
    50,
  );
  const tone = sample(500, () => checkTone(message, context));
  report(
    `tone check, ${words}-word message, p50`,
    ms(percentile(tone, 50)),
    `regex pass ${ms(baseline)}`,
    (percentile(tone, 50) / baseline).toFixed(0),
  );
  report('tone check p95', ms(percentile(tone, 95)), '', '', '< 5 ms');

  const profile = {
    ...emptyProfile,
    name: 'Sam Rivera',
    goal: 'job-search' as const,
    onboarded: true,
  };
  const input = { intent: 'ask-advice' as const, person, profile, today: '2026-11-25' };
  sample(50, () => draftMessage(input));
  const drafts = sample(500, () => draftMessage(input));
  report('draft (ask-advice, 3 variants) p50', ms(percentile(drafts, 50)), '', '');
  report('draft p95', ms(percentile(drafts, 95)), '', '', '< 5 ms');
}

// One rule in one place: the words and rules the CLI, the server and the web app share have one
// source each, and no edge keeps a second copy (the web's "Said thanks" once disagreed with the
// CLI's "Said thank you" because each kept its own table).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goalHints, goalLabels } from '../src/core/goals.js';
import { followUpStatus } from '../src/core/follow-up.js';
import type { Interaction } from '../src/core/interaction.js';
import {
  channelLabels,
  channelNouns,
  directionLabels,
  kindLabels,
} from '../src/core/interaction-words.js';
import { playbookKindLabels, playbookSortLabels } from '../src/core/playbook-words.js';
import { severityLabels, toneCategoryLabels } from '../src/core/tone/tone-words.js';
import {
  choiceFor,
  draftIntents,
  followUpIntentFor,
  intentFor,
  intentInfo,
} from '../src/core/words/intents.js';
import { sentSummary } from '../src/core/words/sent.js';
import { stageHints, stageLabels } from '../src/core/words/stages.js';
import { formatWords } from '../src/formats/format-words.js';

const root = join(import.meta.dirname, '..');

/** The shared tables, each with the one module allowed to spell its words out. */
const tables: { name: string; home: string; words: string[] }[] = [
  {
    name: 'sent summaries',
    home: 'src/core/words/sent.ts',
    words: [...new Set(draftIntents.map((intent) => sentSummary(intent)))],
  },
  {
    name: 'intent labels',
    home: 'src/core/words/intents.ts',
    words: Object.values(intentInfo).map((info) => info.label),
  },
  {
    name: 'intent hints',
    home: 'src/core/words/intents.ts',
    words: Object.values(intentInfo).map((info) => info.hint),
  },
  { name: 'channel labels', home: 'src/core/interaction-words.ts', words: values(channelLabels) },
  { name: 'channel nouns', home: 'src/core/interaction-words.ts', words: values(channelNouns) },
  {
    name: 'direction labels',
    home: 'src/core/interaction-words.ts',
    words: values(directionLabels),
  },
  { name: 'kind labels', home: 'src/core/interaction-words.ts', words: values(kindLabels) },
  { name: 'goal labels', home: 'src/core/goals.ts', words: values(goalLabels) },
  { name: 'goal hints', home: 'src/core/goals.ts', words: values(goalHints) },
  { name: 'stage labels', home: 'src/core/words/stages.ts', words: values(stageLabels) },
  { name: 'stage hints', home: 'src/core/words/stages.ts', words: values(stageHints) },
  {
    name: 'tone category labels',
    home: 'src/core/tone/tone-words.ts',
    words: values(toneCategoryLabels),
  },
  { name: 'severity labels', home: 'src/core/tone/tone-words.ts', words: values(severityLabels) },
  {
    name: 'playbook kind labels',
    home: 'src/core/playbook-words.ts',
    words: Object.values(playbookKindLabels).map((kind) => kind.label),
  },
  {
    name: 'playbook orders',
    home: 'src/core/playbook-words.ts',
    words: values(playbookSortLabels),
  },
  {
    name: 'file format names',
    home: 'src/formats/format-words.ts',
    words: Object.values(formatWords).map((words) => words.name),
  },
];

function values(table: Record<string, string>): string[] {
  return [...new Set(Object.values(table))];
}

/** Every source file of the edges, where a copied table would hide; tests may quote words. */
function edgeFiles(): string[] {
  const folders = ['web/src', 'src/cli', 'src/server', 'src/services'];
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => relative(root, join(root, folder, file))),
  );
}

/** The words of `table` that `source` spells out as a string literal of its own. */
function copiedWords(source: string, words: readonly string[]): string[] {
  return words.filter((word) =>
    ["'", '"', '`'].some((quote) => source.includes(`${quote}${word}${quote}`)),
  );
}

describe('one source for every shared rule', () => {
  it('keeps each table of words in its core module, with no copy in the CLI, the server or the web app', () => {
    const copies: string[] = [];
    const files = edgeFiles();
    expect(files).toContain('web/src/LogSent.tsx');
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const table of tables) {
        // One word can be a coincidence ("Email"); two from one table is a copy of the table.
        const copied = copiedWords(source, table.words);
        if (copied.length >= 2) {
          copies.push(`${file} copies the ${table.name} of ${table.home}: ${copied.join(', ')}`);
        }
      }
    }
    expect(copies).toEqual([]);
  });

  it('spots a copied table, as the web app once kept one', () => {
    const oldWebCopy = `export const intentInfo = {
      'ask-advice': { label: 'Ask for advice', done: 'Asked for advice' },
      'request-intro': { label: 'Ask for an introduction', done: 'Asked for an introduction' },
    };`;
    expect(copiedWords(oldWebCopy, tables[0]?.words ?? [])).toEqual([
      'Asked for advice',
      'Asked for an introduction',
    ]);
  });

  it('gives every intent one sent summary, which a detail follows after a colon', () => {
    for (const intent of draftIntents) {
      const words = sentSummary(intent);
      expect(words, intent).toMatch(/^[A-Z][^:]+$/);
      expect(sentSummary(intent, '  data roles ')).toBe(`${words}: data roles`);
      expect(sentSummary(intent, '   ')).toBe(words);
    }
    expect(sentSummary('thank-you')).toBe('Said thank you');
  });

  it('has a label and a hint for the choice behind every intent', () => {
    for (const intent of draftIntents) {
      const info = intentInfo[choiceFor(intent)];
      expect(info.label, intent).not.toBe('');
      expect(info.hint, intent).not.toBe('');
    }
  });
});

describe('which follow-up to write', () => {
  const sent = (occurredOn: string, kind: Interaction['kind']): Interaction => ({
    id: 0,
    personId: 1,
    occurredOn,
    channel: 'email',
    direction: 'outbound',
    kind,
    summary: '',
    tags: [],
    expectsReply: kind === 'ask',
    createdAt: `${occurredOn}T09:00:00.000Z`,
  });

  it.each([
    ['nothing is waiting', 'follow-up-1', []],
    ['an ask is waiting', 'follow-up-1', [sent('2026-11-01', 'ask')]],
    [
      'the first follow-up has gone out',
      'follow-up-2',
      [sent('2026-11-09', 'follow-up'), sent('2026-11-01', 'ask')],
    ],
    [
      'both follow-ups have gone out and the tie rests',
      'follow-up-1',
      [sent('2026-11-23', 'follow-up'), sent('2026-11-09', 'follow-up'), sent('2026-11-01', 'ask')],
    ],
  ] as const)('when %s, writes %s', (_, expected, timeline) => {
    const status = followUpStatus(timeline);
    expect(followUpIntentFor(status)).toBe(expected);
    expect(intentFor('follow-up', status)).toBe(expected);
  });

  it('leaves every other choice as it is', () => {
    const waiting = followUpStatus([sent('2026-11-09', 'follow-up'), sent('2026-11-01', 'ask')]);
    expect(intentFor('ask-advice', waiting)).toBe('ask-advice');
  });
});

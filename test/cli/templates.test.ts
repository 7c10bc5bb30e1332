// `kith templates`: the local account's saved templates, and the same written to one person with
// their tone check, as text and as JSON.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGroup } from '../../src/services/groups.js';
import { postPlaybookEntry } from '../../src/services/playbook-entries.js';
import { saveEntryAsTemplate } from '../../src/services/playbook-templates.js';
import { localAccountId, openSqlite } from '../../src/store/open.js';
import { createCli, fixedNow, type Cli } from './harness.js';

describe('kith templates', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('says there are none yet, then lists a saved one and writes it to a person', async () => {
    const empty = await cli.kith('templates');
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('No templates yet.');

    const store = await openSqlite({ path: join(cli.home, 'kith.db') });
    try {
      const deps = { store, accountId: localAccountId, now: () => fixedNow };
      const group = await createGroup(deps, { name: 'Leeds job club' });
      const entry = await postPlaybookEntry(deps, {
        groupId: group.id,
        entry: {
          kind: 'question',
          title: 'What surprised you',
          body: 'Hi [name], sorry to bother you. What surprised you most in your first year?',
        },
      });
      await saveEntryAsTemplate(deps, { entryId: entry.id });
    } finally {
      await store.close();
    }
    await cli.kith('add', 'Priya Natarajan');

    const listed = await cli.kith('templates');
    expect(listed.stdout).toContain('What surprised you (from Leeds job club)');
    const written = await cli.kith('templates', 'Priya');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('  Hi Priya, sorry to bother you.');
    expect(written.stdout).toMatch(/- sorry to bother/i);
    const json = JSON.parse((await cli.kith('templates', 'Priya', '--json')).stdout) as Array<{
      text: string;
      tone: { findings: unknown[] };
    }>;
    expect(json[0]?.text).toMatch(/^Hi Priya,/);
    expect(json[0]?.tone.findings.length).toBeGreaterThan(0);
  });
});

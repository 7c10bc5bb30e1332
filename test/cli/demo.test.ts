// kith demo: a sample network in an empty home, with progress on stderr for long loads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, stackLine, type Cli } from './harness.js';

describe('kith demo', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('loads 50 people and suggests where to look next', async () => {
    const result = await cli.kith('demo', '--people', '50');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Loaded a demo network: 50 people and [\d,]+ logged interactions, with a sample profile\.\n/,
    );
    expect(result.stdout).toContain('kith people');
    expect(result.stderr).toBe('');
    const page = JSON.parse((await cli.kith('people', '--json', '--limit', '1')).stdout) as {
      total: number;
    };
    expect(page.total).toBe(50);
    expect(JSON.parse((await cli.kith('profile', '--json')).stdout)).toMatchObject({
      onboarded: true,
    });
  });

  it('removes the demo people again and keeps the people the user added', async () => {
    await cli.kith('demo', '--people', '20');
    await cli.kith('add', 'Real Person');
    const removed = await cli.kith('demo', '--remove');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Removed the demo network: 20 people');
    expect(removed.stdout).toContain('kith init');
    const page = JSON.parse((await cli.kith('people', '--json')).stdout) as {
      people: Array<{ name: string }>;
    };
    expect(page.people.map((p) => p.name)).toEqual(['Real Person']);
    expect(JSON.parse((await cli.kith('profile', '--json')).stdout)).toMatchObject({
      onboarded: false,
    });
    expect((await cli.kith('demo', '--remove')).stdout).toContain('no demo people');
  });

  it('gives the same network for the same seed, as JSON counts', async () => {
    const first = await cli.kith('demo', '--people', '50', '--seed', '3', '--json');
    const other = createCli();
    try {
      const second = await other.kith('demo', '--people', '50', '--seed', '3', '--json');
      expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
      expect(JSON.parse(first.stdout)).toMatchObject({
        people: 50,
        interactions: expect.any(Number) as number,
      });
    } finally {
      other.cleanup();
    }
  });

  it('shows progress on stderr while loading a large network', async () => {
    const result = await cli.kith('demo', '--people', '3000');
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Loading the demo network… 30% (1,000 of 3,000 people)',
      'Loading the demo network… 60% (2,000 of 3,000 people)',
    ]);
  });

  it('refuses to mix the demo into a real network with exit 5 and a way out', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('demo', '--people', '50');
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('KITH_HOME=/tmp/kith-demo kith demo');
    expect(result.stdout).toBe('');
  });

  it('rejects a people count that is not a whole number with exit 4, naming the flag', async () => {
    const words = await cli.kith('demo', '--people', 'many');
    expect(words.code).toBe(4);
    expect(words.stderr).toBe('--people: must be a whole number such as 300 (got "many")\n');
    const zero = await cli.kith('demo', '--people', '0');
    expect(zero.code).toBe(4);
    expect(zero.stderr).toContain('people: must be a whole number from 1');
    expect(zero.stdout + zero.stderr).not.toContain(stackLine);
  });
});

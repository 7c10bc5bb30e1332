// kith check: findings with line and column, the score, files and stdin, --strict, and bad input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

const desperate =
  "Hi,\nI'm desperate for any job, please help me, I'll do anything. Sorry to bother you!\nCan you get me a job at your company?\n";
const good =
  'Hi Ana,\n\nI enjoyed your talk on data products at the meetup last week. Would you be open to a 15-minute call next month about how you moved into product? No worries if not.\n\nBest,\nSam\n';

describe('kith check', () => {
  let cli: Cli;
  let file: (name: string, text: string) => string;
  beforeEach(() => {
    cli = createCli();
    file = (name, text) => {
      const path = join(cli.home, name);
      writeFileSync(path, text);
      return path;
    };
  });
  afterEach(() => cli.cleanup());

  it('prints each finding as line:col, severity, category and excerpt, with why and a rewrite', async () => {
    const result = await cli.kith('check', file('desperate.txt', desperate));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\d+ things to look at before sending:$/);
    expect(result.stdout).toContain('2:5   high    desperation         "desperate"\n');
    expect(result.stdout).toContain('2:28  high    desperation         "please help me"\n');
    expect(result.stdout).toContain(
      '      Saying you are desperate puts the weight of your situation on them',
    );
    expect(result.stdout).toMatch(/\n {6}Try: Say what you are aiming for instead: /);
    expect(result.stdout).toMatch(/\nScore: \d+\/100\. Hold off for now: .+\n$/);
  });

  it('says a good message is ready, with its score', async () => {
    const result = await cli.kith('check', file('good.txt', good), '--to', 'Ana Lopez');
    expect(result).toEqual({
      code: 0,
      stdout:
        'Nothing to change: no tone problems found.\n\nScore: 100/100. Warm and clear — send it.\n',
      stderr: '',
    });
  });

  it('exits 1 under --strict while a high-severity finding remains, and 0 for a good message', async () => {
    const bad = await cli.kith('check', file('bad.txt', desperate), '--strict');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('desperation');
    expect(bad.stderr).toBe('--strict: 3 high-severity findings to fix before sending.\n');
    const fine = await cli.kith('check', file('fine.txt', good), '--strict');
    expect(fine.code).toBe(0);
    expect(fine.stderr).toBe('');
  });

  it('reads the message from stdin with -, or when no file is given', async () => {
    const stdin = () => Promise.resolve(desperate);
    for (const argv of [['check', '-'], ['check']]) {
      const result = await cli.kithWith({ stdin }, ...argv, '--strict');
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stdout).toContain('2:5   high    desperation         "desperate"');
    }
  });

  it('prints the tone report as JSON, using the context flags', async () => {
    const result = await cli.kith(
      'check',
      file('desperate.txt', desperate),
      '--intent',
      'ask-advice',
      '--stage',
      'stranger',
      '--goal',
      'job-search',
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      score: number;
      verdict: string;
      findings: Array<{ category: string; severity: string; start: number; excerpt: string }>;
      notes: string[];
      wordCount: number;
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        category: 'desperation',
        severity: 'high',
        start: 8,
        excerpt: 'desperate',
      }),
    );
    expect(report.score).toBeLessThan(50);
    expect(report.notes).toEqual([]);
  });

  it('shows the note instead of a score for a message that is not in English', async () => {
    const spanish =
      'Hola Ana, me encantó tu charla sobre productos de datos. ¿Tendrías quince minutos para una llamada la semana que viene?';
    const result = await cli.kith('check', file('es.txt', spanish), '--strict');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Not checked: the tone check reads English only.\nNote: This check is written for English; the message looks like another language, so it was not scored.\n',
    );
  });

  it('says when only the start of a very long text was checked', async () => {
    const long = `Hi Ana,\n\n${'I enjoyed your talk on data products. '.repeat(200)}`;
    const result = await cli.kith('check', file('long.txt', long));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nNote: Only the first 5,000 characters were checked; /);
  });

  it('exits 3 naming a file that does not exist', async () => {
    const missing = join(cli.home, 'nope.txt');
    const result = await cli.kith('check', missing);
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: `There is no file called "${missing}". Check the name, or pipe the message in: pbpaste | kith check\n`,
    });
  });

  it('exits 4 for an empty file, empty stdin or a folder', async () => {
    const empty = await cli.kith('check', file('empty.txt', '  \n'));
    expect(empty.code).toBe(4);
    expect(empty.stderr).toContain('There is nothing to check: ');
    expect(empty.stderr).toContain('empty.txt" is empty');
    const stdin = await cli.kithWith({ stdin: () => Promise.resolve('') }, 'check', '-');
    expect(stdin.code).toBe(4);
    expect(stdin.stderr).toContain('the text on standard input is empty');
    const folder = join(cli.home, 'drafts');
    mkdirSync(folder);
    const dir = await cli.kith('check', folder);
    expect(dir.code).toBe(4);
    expect(dir.stderr).toContain('is a folder');
  });

  it('exits 4 for an unknown --intent, --stage or --goal, listing the choices', async () => {
    const path = file('good.txt', good);
    const intent = await cli.kith('check', path, '--intent', 'grovel');
    expect(intent.code).toBe(4);
    expect(intent.stderr).toMatch(/^--intent: must be one of first-contact-warm, .*follow-up/);
    const stage = await cli.kith('check', path, '--stage', 'bestie');
    expect(stage.code).toBe(4);
    expect(stage.stderr).toContain('--stage: must be one of stranger, acquaintance, contact, ally');
    const goal = await cli.kith('check', path, '--goal', 'fame');
    expect(goal.code).toBe(4);
    expect(goal.stderr).toContain(
      '--goal: must be one of job-search, business-development, grow-network',
    );
  });

  it('exits 2 with an example when there is nothing to read', async () => {
    const result = await cli.kith('check');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kith check message.txt');
  });
});

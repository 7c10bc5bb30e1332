// The words commands in kith's help: listed, each with its own help and examples.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

const commands = ['draft', 'check', 'sent', 'questions', 'brand'];

describe('kith help for the words commands', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('lists them, with examples, in kith --help', async () => {
    const result = await cli.kith('--help');
    expect(result.code).toBe(0);
    for (const command of commands) expect(result.stdout).toContain(`  ${command} `);
    expect(result.stdout).toContain('kith draft "Ana Lopez" --intent ask-advice');
  });

  it('prints help for each to stdout with examples, without opening the store', async () => {
    const io = { openStore: () => Promise.reject(new Error('the store was opened')) };
    for (const command of commands) {
      const result = await cli.kithWith(io, command, '--help');
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`Usage: kith ${command}`);
      expect(result.stdout, command).toContain('Examples:');
      expect(result.stderr, command).toBe('');
    }
  });

  it('exits 2 when the person is missing', async () => {
    for (const command of ['draft', 'sent', 'questions']) {
      const result = await cli.kith(command);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain("missing required argument 'person'");
    }
  });
});

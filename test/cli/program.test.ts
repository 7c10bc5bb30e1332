// The `kith` program as a whole: help, version, usage errors and the exit code table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/core/errors.js';
import { exitCodeByErrorCode, exitCodes } from '../../src/cli/exit-codes.js';
import { createCli, stackLine, type Cli } from './harness.js';

describe('kith, the program', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('prints the commands, examples and exit codes when run with no arguments', async () => {
    const result = await cli.kith();
    expect(result.code).toBe(0);
    for (const command of [
      'init',
      'add',
      'log',
      'people',
      'show',
      'edit',
      'rm',
      'profile',
      'demo',
      'serve',
    ]) {
      expect(result.stdout).toContain(`  ${command} `);
    }
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('Exit codes:');
    expect(result.stderr).toBe('');
  });

  it('prints help for every command to stdout with examples and exits 0', async () => {
    for (const command of [
      'init',
      'add',
      'log',
      'people',
      'show',
      'edit',
      'rm',
      'profile',
      'demo',
      'serve',
    ]) {
      const result = await cli.kith(command, '--help');
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`Usage: kith ${command}`);
      expect(result.stdout, command).toMatch(/Examples:|KITH_HOME=/);
      expect(result.stderr, command).toBe('');
    }
  });

  it('lists the person flags in the help for add', async () => {
    const { stdout } = await cli.kith('add', '--help');
    for (const flag of [
      '--email',
      '--phone',
      '--company',
      '--title',
      '--location',
      '--linkedin',
      '--tag',
      '--met',
      '--interest',
      '--needs',
      '--offers',
      '--notes',
      '--do-not-contact',
      '--json',
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it('prints a command’s help through kith help <command>', async () => {
    const result = await cli.kith('help', 'log');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: kith log');
    expect(result.stdout).toContain('kith log --person "Ana Lopez"');
  });

  it('prints the version from package.json', async () => {
    const result = await cli.kith('--version');
    expect(result).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('exits 2 with a pointer to help for an unknown command', async () => {
    const result = await cli.kith('frobnicate');
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(result.stderr).toContain('kith --help');
    expect(result.stdout).toBe('');
  });

  it('exits 2 for an unknown flag and points to that command’s help', async () => {
    const result = await cli.kith('add', 'Ana', '--colour', 'blue');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--colour'");
    expect(result.stderr).toContain('kith add --help');
  });

  it('exits 2 when a required argument is missing', async () => {
    const result = await cli.kith('show');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'person'");
  });

  it('exits 2 when a flag is given without its value', async () => {
    const result = await cli.kith('add', 'Ana', '--email');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'--email <address>' argument missing");
  });

  it('does not create the database for help or usage errors', async () => {
    const opened: string[] = [];
    const io = { openStore: () => Promise.reject(new Error(`opened ${opened.push('x')}`)) };
    expect((await cli.kithWith(io, '--help')).code).toBe(0);
    expect((await cli.kithWith(io, 'add')).code).toBe(2);
    expect(opened).toEqual([]);
  });

  it('maps every error code to its own documented exit code', () => {
    expect(exitCodeByErrorCode).toEqual({
      NOT_FOUND: 3,
      INVALID_INPUT: 4,
      CONFLICT: 5,
      UNAVAILABLE: 6,
      UNSUPPORTED_FORMAT: 7,
      UNAUTHORIZED: 8,
      FORBIDDEN: 8,
    });
    expect(Object.keys(exitCodeByErrorCode).sort()).toEqual([...errorCodes].sort());
  });

  it('never shows a stack trace for help or usage errors', async () => {
    for (const argv of [[], ['--help'], ['nope'], ['add'], ['log', '--channel']]) {
      const result = await cli.kith(...argv);
      expect(result.stdout + result.stderr).not.toContain(stackLine);
    }
  });
});

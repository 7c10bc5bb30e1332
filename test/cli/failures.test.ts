// What a user sees when something breaks: one safe line, the right exit code, details only on request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { createCli, stackLine, type Cli } from './harness.js';

describe('kith when something goes wrong', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  const broken = {
    openStore: () => Promise.reject(new Error('disk on fire', { cause: new Error('EIO') })),
  };

  it('turns an unexpected error into one short safe message and exit 1', async () => {
    const result = await cli.kithWith(broken, 'people');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Something went wrong: disk on fire. Nothing was changed.\nRun again with KITH_DEBUG=1 to see the details.\n',
    });
  });

  it('shows the cause only when KITH_DEBUG=1', async () => {
    const result = await cli.kithWith(
      { ...broken, env: { KITH_HOME: cli.home, KITH_DEBUG: '1' } },
      'people',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Something went wrong: disk on fire.');
    expect(result.stderr).toContain('Caused by: Error: EIO');
    expect(result.stderr).toContain(stackLine);
  });

  it('exits 6 when the database is unavailable', async () => {
    const unavailable = {
      openStore: () =>
        Promise.reject(
          new AppError('UNAVAILABLE', 'Could not open the database file /nope/kith.db.'),
        ),
    };
    const result = await cli.kithWith(unavailable, 'show', '1');
    expect(result.code).toBe(6);
    expect(result.stderr).toBe('Could not open the database file /nope/kith.db.\n');
  });

  it('exits 6 when PostgreSQL cannot be reached, naming the server without the password', async () => {
    const env = { DATABASE_URL: 'postgres://kith:secret@127.0.0.1:1/kith' };
    const result = await cli.kithWith({ env }, 'people');
    expect(result.code).toBe(6);
    expect(result.stderr).toContain(
      'Could not reach PostgreSQL at postgres://kith:***@127.0.0.1:1/kith',
    );
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toContain(stackLine);
  });

  it('exits 4 when DATABASE_URL is not a PostgreSQL address', async () => {
    const result = await cli.kithWith(
      { env: { DATABASE_URL: 'mysql://localhost/kith' } },
      'people',
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('DATABASE_URL must start with postgres://');
  });

  it('keeps an unexpected multi-line message on one line', async () => {
    const result = await cli.kithWith(
      { openStore: () => Promise.reject(new Error('disk\n  on fire!')) },
      'profile',
    );
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'Something went wrong: disk on fire. Nothing was changed.',
    );
  });
});

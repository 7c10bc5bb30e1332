// kith accounts and kith serve --accounts: the operator's side of server mode.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

const password = 'correct horse battery';

describe('kith accounts and server mode', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  const withStdin = (text: string) => ({ stdin: () => Promise.resolve(text) });

  it('creates an account from a password on stdin, lists it, and disables it', async () => {
    expect((await cli.kith('accounts')).stdout).toMatch(/No accounts yet/);
    const created = await cli.kithWith(
      withStdin(`${password}\n`),
      'accounts',
      'create',
      'Ana@Example.org',
      '--owner',
    );
    expect(created).toMatchObject({
      code: 0,
      stdout: 'Created ana@example.org (owner). They can sign in now.\n',
    });
    const again = await cli.kithWith(withStdin(password), 'accounts', 'create', 'ana@example.org');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('ana@example.org already has an account');

    const listed = JSON.parse((await cli.kith('accounts', '--json')).stdout) as Array<
      Record<string, unknown>
    >;
    expect(listed.map((a) => [a.email, a.role, a.disabled])).toEqual([
      ['ana@example.org', 'owner', false],
    ]);
    expect(JSON.stringify(listed)).not.toContain('argon2');

    const disabled = await cli.kith('accounts', 'disable', 'ANA@example.org');
    expect(disabled.stdout).toBe('ana@example.org can no longer sign in; their data is kept.\n');
    expect((await cli.kith('accounts')).stdout).toMatch(/ana@example\.org\s+owner\s+disabled/);
  });

  it('refuses a short password and names the field', async () => {
    const short = await cli.kithWith(withStdin('hunter2'), 'accounts', 'create', 'bo@example.org');
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain('password: must be at least 10 characters');
  });

  it('serve --accounts prints the owner link once, refuses the API signed out, and the link signs the owner up', async () => {
    let stdout = '';
    const seen: Record<string, unknown> = {};
    const result = await cli.kithWith(
      {
        env: { KITH_HOME: cli.home, KITH_ACCOUNTS: 'on' },
        now: () => new Date(),
        stdout: (text) => void (stdout += text),
        untilStopped: async () => {
          const url = /Kith is running at (\S+)/.exec(stdout)?.[1] ?? '';
          const invitation = new URL(
            /(http\S+sign-up\S+)/.exec(stdout)?.[1] ?? '',
          ).searchParams.get('invitation');
          seen.people = (await fetch(`${url}/api/people`)).status;
          seen.session = await (await fetch(`${url}/api/session`)).json();
          const signUp = await fetch(`${url}/api/accounts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'owner@example.org', password, invitation }),
          });
          seen.signUp = signUp.status;
          const cookie = signUp.headers.get('set-cookie')?.split(';')[0] ?? '';
          seen.account = await (await fetch(`${url}/api/account`, { headers: { cookie } })).json();
        },
      },
      'serve',
      '--port',
      '0',
    );
    expect(result.code).toBe(0);
    expect(stdout).toMatch(
      /No accounts yet\. Create the owner's account here \(the link works once, until \S+\): http:\/\/localhost:\d+\/sign-up\?invitation=/,
    );
    expect(seen).toMatchObject({
      people: 401,
      session: { signInRequired: true, signUp: 'invitation', account: null },
      signUp: 201,
      account: { email: 'owner@example.org', role: 'owner' },
    });
    // With an account, a restart prints no new owner link.
    let second = '';
    await cli.kithWith(
      { stdout: (text) => void (second += text), untilStopped: () => Promise.resolve() },
      'serve',
      '--port',
      '0',
      '--accounts',
    );
    expect(second).not.toContain('sign-up?invitation=');
  });

  it('keeps the one-person default without sign-in', async () => {
    let stdout = '';
    let session: unknown;
    await cli.kithWith(
      {
        stdout: (text) => void (stdout += text),
        untilStopped: async () => {
          const url = /Kith is running at (\S+)/.exec(stdout)?.[1] ?? '';
          session = await (await fetch(`${url}/api/session`)).json();
        },
      },
      'serve',
      '--port',
      '0',
    );
    expect(session).toEqual({ signInRequired: false, signUp: null, account: null });
  });
});

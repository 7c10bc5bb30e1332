// `kith` against a Kith server with KITH_URL and KITH_TOKEN: a real server-mode app on a loopback
// port, a member's personal token, and the CLI seeing that member's network and nobody else's.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { describeEachDialect } from '../dialects.js';
import { buildServerModeApp, fromKithPage, signUpOwnerAndMember } from '../server-mode.js';
import { createCli, type Cli } from './harness.js';

/** A store the remote commands must never open: the local database stays out of it. */
const noLocalStore = () => Promise.reject(new Error('the local database was opened'));

describeEachDialect('kith with KITH_URL and KITH_TOKEN', ({ store }) => {
  let served: Awaited<ReturnType<typeof buildServerModeApp>>;
  let url: string;
  let token: string;
  let member: string;
  let cli: Cli;

  const remote = (...argv: string[]) =>
    cli.kithWith(
      { env: { KITH_URL: url, KITH_TOKEN: token }, openStore: noLocalStore, now: () => new Date() },
      ...argv,
    );

  const addAs = async (cookie: string, payload: Record<string, unknown>) => {
    const response = await served.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { ...fromKithPage, cookie },
      payload,
    });
    expect(response.statusCode).toBe(201);
  };

  beforeAll(async () => {
    cli = createCli();
    served = await buildServerModeApp(store());
    const signedIn = await signUpOwnerAndMember(served, store(), {
      owner: 'owner@example.org',
      member: 'member@example.org',
    });
    member = signedIn.member;
    await addAs(signedIn.owner, { name: 'Olga Owner', company: 'Secretco', notes: 'data' });
    await addAs(member, { name: 'Mia Member', company: 'Acme', notes: 'data roles' });
    const made = await served.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { ...fromKithPage, cookie: member },
      payload: { name: 'laptop' },
    });
    expect(made.statusCode).toBe(201);
    token = made.json<{ token: string }>().token;
    url = await served.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await served.app.close();
    cli.cleanup();
  });

  it('lists and searches only the signed-in account’s people', async () => {
    const listed = await remote('people');
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(exitCodes.ok);
    expect(listed.stdout).toContain('Mia Member');
    expect(listed.stdout).not.toContain('Olga');
    const searched = await remote('people', 'data', '--json');
    const page = JSON.parse(searched.stdout) as { people: Array<{ name: string }> };
    expect(page.people.map((p) => p.name)).toEqual(['Mia Member']);
  });

  it('adds, logs in one line and shows a person on the server', async () => {
    const added = await remote('add', 'Ben Ng', '--company', 'Globex');
    expect(added.stdout).toMatch(/^Added Ben Ng \(#\d+\)/);
    const logged = await remote('log', 'coffee with Ben Ng about analyst roles yesterday');
    expect(logged.code).toBe(exitCodes.ok);
    expect(logged.stdout).toContain('Ben Ng');
    const shown = await remote('show', 'Ben Ng');
    expect(shown.code).toBe(exitCodes.ok);
    expect(shown.stdout).toContain('Globex');
    expect(shown.stdout).toContain('analyst roles');
    const onServer = await served.app.inject({
      method: 'GET',
      url: '/api/people?query=Globex',
      headers: { cookie: member },
    });
    expect(onServer.json()).toMatchObject({ total: 1 });
  });

  it('says a second person of the same name is already there, as it does locally', async () => {
    const again = await remote('add', 'Mia Member', '--company', 'Acme');
    expect(again.code).toBe(exitCodes.conflict);
    expect(again.stderr).toMatch(/Mia Member at Acme is already in your network: kith show \d+/);
  });

  it('never shows another account’s person, by name or by id', async () => {
    const byName = await remote('show', 'Olga Owner');
    expect(byName.code).toBe(exitCodes.notFound);
    expect(byName.stderr).toContain('Nobody called "Olga Owner"');
    const owners = await store()
      .db.selectFrom('people')
      .select('id')
      .where('name', '=', 'Olga Owner')
      .executeTakeFirstOrThrow();
    const byId = await remote('show', String(owners.id));
    expect(byId.code).toBe(exitCodes.notFound);
    expect(byId.stdout).toBe('');
  });

  it('makes today’s plan and a draft on the server', async () => {
    // A member with a week's time and a coffee two months ago: Mia is due in the plan.
    const put = await served.app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { ...fromKithPage, cookie: member },
      payload: { name: 'Mia', weeklyMinutes: 150 },
    });
    expect(put.statusCode).toBe(200);
    const mia = await remote('show', 'Mia Member', '--json');
    const { id } = (JSON.parse(mia.stdout) as { person: { id: number } }).person;
    const coffee = await served.app.inject({
      method: 'POST',
      url: '/api/interactions',
      headers: { ...fromKithPage, cookie: member },
      payload: {
        personId: id,
        channel: 'meeting',
        direction: 'mutual',
        occurredOn: new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10),
        summary: 'coffee about data roles',
      },
    });
    expect(coffee.statusCode, coffee.body).toBe(201);
    const today = await remote('today', '--json');
    expect(today.code).toBe(exitCodes.ok);
    const plan = JSON.parse(today.stdout) as { actions: Array<{ n: number }> };
    expect(plan.actions.length).toBeGreaterThan(0);
    const skipped = await remote('skip', '1');
    expect(skipped.stderr).toBe('');
    expect(skipped.code).toBe(exitCodes.ok);
    const after = JSON.parse((await remote('today', '--json')).stdout) as {
      actions: Array<{ n: number; status: string }>;
    };
    expect(after.actions.find((a) => a.n === 1)?.status).toBe('skipped');
    const draft = await remote('draft', 'Mia', '--intent', 'ask-advice');
    expect(draft.code).toBe(exitCodes.ok);
    expect(draft.stdout).toContain('Mia');
  });

  it('exports and backs up only the signed-in account’s network', async () => {
    const csv = await remote('export', '--format', 'csv');
    expect(csv.code).toBe(exitCodes.ok);
    expect(csv.stdout).toContain('Mia Member');
    expect(csv.stdout).not.toContain('Olga');
    const file = join(cli.home, 'backup.json');
    const backup = await remote('backup', file);
    expect(backup.code).toBe(exitCodes.ok);
    expect(backup.stdout).toContain(`to ${file}`);
    const saved = readFileSync(file, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ kind: 'kith-backup' });
    expect(saved).toContain('Mia Member');
    expect(saved).not.toContain('Olga');
  });

  it('imports files into the server, with a preview first', async () => {
    const file = join(cli.home, 'contacts.vcf');
    writeFileSync(
      file,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Vcard\r\nORG:Initech\r\nEMAIL:vera@initech.example\r\nEND:VCARD\r\n',
    );
    const preview = await remote('import', file, '--dry-run');
    expect(preview.code).toBe(exitCodes.ok);
    expect(preview.stdout).toContain('Nothing was imported (--dry-run)');
    expect((await remote('people', 'Initech')).stdout).not.toContain('Vera');
    const imported = await remote('import', file, '--json');
    expect(imported.code).toBe(exitCodes.ok);
    expect((await remote('people', 'Initech')).stdout).toContain('Vera Vcard');

    const notes = join(cli.home, 'notes.txt');
    writeFileSync(notes, 'just some words\n');
    const refused = await remote('import', notes);
    expect(refused.code).toBe(exitCodes.unsupportedFormat);
    expect(refused.stderr).toContain('notes.txt');
  });

  it('passes on the server’s message for bad input, naming the flag', async () => {
    const bad = await remote('add', 'Zed', '--email', 'not-an-email');
    expect(bad.code).toBe(exitCodes.invalidInput);
    expect(bad.stderr).toMatch(/^--email/);
  });

  it('says a command without an API needs this computer’s database', async () => {
    const restore = await remote('restore', 'backup.json');
    expect(restore.code).toBe(exitCodes.usage);
    expect(restore.stderr).toContain(
      `kith restore works on this computer’s database only, not on the Kith server at ${url}`,
    );
    const accounts = await remote('accounts');
    expect(accounts.stderr).toContain('kith accounts works on this computer’s database only');
  });

  it('says how to make a new token when the server refuses it, and after it is revoked', async () => {
    const wrong = await cli.kithWith(
      { env: { KITH_URL: url, KITH_TOKEN: 'kith_wrong' }, openStore: noLocalStore },
      'people',
    );
    expect(wrong.code).toBe(exitCodes.notAllowed);
    expect(wrong.stderr).toContain('did not accept KITH_TOKEN');
    expect(wrong.stderr).toContain('make a new token on your Account page');
    const made = await served.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { ...fromKithPage, cookie: member },
      payload: { name: 'to revoke' },
    });
    const { id, token: spare } = made.json<{ id: number; token: string }>();
    await served.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: { ...fromKithPage, cookie: member },
    });
    const revoked = await cli.kithWith(
      { env: { KITH_URL: url, KITH_TOKEN: spare }, openStore: noLocalStore },
      'today',
    );
    expect(revoked.code).toBe(exitCodes.notAllowed);
    expect(revoked.stderr).toContain('did not accept KITH_TOKEN');
  });
});

it('names the address when no server answers there', async () => {
  const closed = await freePort();
  const cli = createCli();
  const result = await cli.kithWith(
    {
      env: { KITH_URL: `http://127.0.0.1:${closed}/`, KITH_TOKEN: 'kith_x' },
      openStore: noLocalStore,
    },
    'people',
  );
  cli.cleanup();
  expect(result.code).toBe(exitCodes.unavailable);
  expect(result.stderr).toContain(`Could not reach the Kith server at http://127.0.0.1:${closed}`);
  expect(result.stderr).toContain('ECONNREFUSED');
});

it.each([
  [{ KITH_URL: 'https://kith.example.org' }, 'KITH_URL is set but KITH_TOKEN is not'],
  [{ KITH_TOKEN: 'kith_x' }, 'KITH_TOKEN is set but KITH_URL is not'],
  [{ KITH_URL: 'kith.example.org', KITH_TOKEN: 'kith_x' }, 'KITH_URL is not an address'],
])('refuses half a server setting before touching any database: %o', async (env, message) => {
  const cli = createCli();
  const result = await cli.kithWith({ env, openStore: noLocalStore }, 'people');
  cli.cleanup();
  expect(result.code).toBe(exitCodes.usage);
  expect(result.stderr).toContain(message);
});

/** A loopback port nothing listens on: taken, read, and given back. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

// The export, backup and restore routes over the whole stack, on SQLite and PostgreSQL.
import { get } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';
import type { AppOptions } from './app.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialectAndMode('export, backup and restore API', ({ store, mode }) => {
  let accounts = 0;
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  /** An app acting for a new, empty account of its own: signed up in server mode. */
  const freshApp = async (options: Partial<AppOptions> = {}): Promise<TestApp> => {
    const local: Partial<AppOptions> = {};
    if (mode === 'local') {
      accounts += 1;
      const accountId = `api-backup-${process.pid}-${accounts}`;
      await store()
        .db.insertInto('accounts')
        .values({ id: accountId, name: accountId, created_at: now().toISOString() })
        .execute();
      local.accountOf = () => accountId;
    }
    const app = await buildAppIn(mode, {
      store: store(),
      now,
      webRoot: null,
      ...local,
      ...options,
    });
    apps.push(app);
    return app;
  };
  const add = (app: TestApp, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/people', payload });

  it('GET /api/export?format=csv sends every person as a dated CSV attachment', async () => {
    const app = await freshApp();
    await add(app, { name: 'Zoë Ñúñez', company: 'Smith, Jones & Co' });
    await add(app, { name: 'Ben Okafor' });
    const response = await app.inject({ method: 'GET', url: '/api/export?format=csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="kith-people-2026-11-25.csv"',
    );
    expect(response.body.startsWith('\uFEFFId,Name,')).toBe(true);
    expect(response.body).toContain('Zoë Ñúñez');
    expect(response.body.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('GET /api/export?format=vcard sends vCard 4.0 cards', async () => {
    const app = await freshApp();
    await add(app, { name: 'Ana López', emails: ['ana@example.com'] });
    const response = await app.inject({ method: 'GET', url: '/api/export?format=vcard' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="kith-people-2026-11-25.vcf"',
    );
    expect(response.body).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(response.body).toContain('EMAIL:ana@example.com');
  });

  it('GET /api/export exports one person when asked, and refuses an unknown format', async () => {
    const app = await freshApp();
    await add(app, { name: 'Ana López' });
    await add(app, { name: 'Ben Okafor' });
    const one = await app.inject({ method: 'GET', url: '/api/export?format=csv&person=Ana' });
    expect(one.headers['content-disposition']).toBe(
      'attachment; filename="ana-lopez-2026-11-25.csv"',
    );
    expect(one.body).not.toContain('Ben Okafor');
    const unknown = await app.inject({ method: 'GET', url: '/api/export?format=xml' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ problems: [{ field: 'querystring.format' }] });
    const nobody = await app.inject({ method: 'GET', url: '/api/export?format=csv&person=Zed' });
    expect(nobody.statusCode).toBe(404);
  });

  it('GET /api/backup sends the whole backup, the same file as ?format=json', async () => {
    const app = await freshApp();
    await add(app, { name: 'Ana López', emails: ['ana@example.com'] });
    const response = await app.inject({ method: 'GET', url: '/api/backup' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="kith-backup-2026-11-25.json"',
    );
    const document = response.json<{ kind: string; tables: Record<string, unknown[]> }>();
    expect(document.kind).toBe('kith-backup');
    expect(document.tables.people).toMatchObject([
      { name: 'Ana López', emails: ['ana@example.com'] },
    ]);
    const json = await app.inject({ method: 'GET', url: '/api/export?format=json' });
    expect(json.body).toBe(response.body);
  });

  it('POST /api/restore fills an empty network, refuses a full one, and replaces it with force=true', async () => {
    const source = await freshApp();
    await add(source, { name: 'Ana López' });
    const backup = (await source.inject({ method: 'GET', url: '/api/backup' })).json<object>();

    const target = await freshApp();
    const restored = await target.inject({ method: 'POST', url: '/api/restore', payload: backup });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ people: 1, interactions: 0, replaced: 0 });

    await add(target, { name: 'Ben Okafor' });
    const refused = await target.inject({ method: 'POST', url: '/api/restore', payload: backup });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'CONFLICT',
      detail: expect.stringContaining('already has 2 people') as unknown,
    });
    const forced = await target.inject({
      method: 'POST',
      url: '/api/restore?force=true',
      payload: backup,
    });
    expect(forced.json()).toMatchObject({ people: 1, replaced: 2 });
    const people = await target.inject({ method: 'GET', url: '/api/people' });
    expect(people.json()).toMatchObject({ total: 1, people: [{ name: 'Ana López' }] });
    // A restore replaces only its own account's network.
    const sourcePeople = await source.inject({ method: 'GET', url: '/api/people' });
    expect(sourcePeople.json()).toMatchObject({ total: 1, people: [{ name: 'Ana López' }] });
  });

  it('POST /api/restore names each bad field, and refuses what is not JSON or not a Kith backup', async () => {
    const app = await freshApp();
    const backup = (await app.inject({ method: 'GET', url: '/api/backup' })).json<{
      schemaVersion: number;
      tables: Record<string, unknown[]>;
    }>();
    const damaged = {
      ...backup,
      tables: { ...backup.tables, people: [{ id: 'one', name: 'Ana' }] },
    };
    const invalid = await app.inject({ method: 'POST', url: '/api/restore', payload: damaged });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json<{ problems: Array<{ field: string }> }>().problems[0]).toEqual({
      field: 'tables.people[0].id',
      message: 'must be a positive whole number',
    });
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/restore',
      headers: { 'content-type': 'application/json' },
      payload: '{"kind": "kith-backup",\n  oops}',
    });
    expect(notJson.statusCode).toBe(415);
    expect(notJson.json()).toMatchObject({
      detail: expect.stringMatching(
        /^The uploaded file is not JSON \(line 2, column 3: /,
      ) as unknown,
    });
    const other = await app.inject({ method: 'POST', url: '/api/restore', payload: { hello: 1 } });
    expect(other.statusCode).toBe(415);
    expect(other.json()).toMatchObject({
      detail: expect.stringContaining('is not a Kith backup') as unknown,
    });
    const newer = await app.inject({
      method: 'POST',
      url: '/api/restore',
      payload: { ...backup, schemaVersion: backup.schemaVersion + 1 },
    });
    expect(newer.statusCode).toBe(415);
    expect(newer.json()).toMatchObject({
      detail: expect.stringContaining('newer Kith') as unknown,
    });
  });

  // On SQLite one connection serves every request: a backup left waiting for a reader who is gone
  // would hold it, and this next request would never be answered.
  it('a download cancelled half-way frees the database for the next request', async () => {
    const app = await freshApp();
    await app.inject({ method: 'POST', url: '/api/demo', payload: { people: 1500 } });
    const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
    const headers = app.session === null ? {} : { cookie: app.session };
    await new Promise<void>((resolve) => {
      const request = get(`${address}/api/backup`, { headers }, (response) => {
        expect(response.statusCode).toBe(200);
        response.once('data', () => {
          request.destroy();
          resolve();
        });
      });
    });
    const next = await app.inject({ method: 'GET', url: '/api/people?limit=1' });
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ total: 1500 });
  });

  it('POST /api/restore refuses a file over the configured size', async () => {
    const app = await freshApp({ restoreBodyLimit: 1000 });
    const response = await app.inject({
      method: 'POST',
      url: '/api/restore',
      payload: { kind: 'kith-backup', padding: 'x'.repeat(2000) },
    });
    expect(response.statusCode).toBe(413);
  });
});

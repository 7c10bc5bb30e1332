// `kith backup` while `kith serve` takes writes on the same database (SQLite in WAL mode, or
// PostgreSQL): both succeed, and the backup is one consistent moment that restores.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { csrfHeader } from '../../src/core/request-headers.js';
import { openPostgres } from '../../src/store/open.js';
import { runKith, startKithServe, type KithPlace } from './process.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kith-backup-live-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface BackupFile {
  kind: string;
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** A fresh place for the server and the backup: a SQLite home, or a PostgreSQL schema of its own. */
async function placeOn(
  dialect: 'sqlite' | 'postgres',
): Promise<{ place: KithPlace; cleanup: () => Promise<void> }> {
  const home = join(dir, 'home');
  if (dialect === 'sqlite') return { place: { home }, cleanup: () => Promise.resolve() };
  const url = inject('postgresUrl');
  const schema = `kith_test_live_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  // Made and migrated here, then named in the URL, which pg passes on as the session's options.
  const made = await openPostgres({ url, schema, maxConnections: 1 });
  const place = {
    home,
    databaseUrl: `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  };
  return {
    place,
    cleanup: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(made.db);
      await made.close();
    },
  };
}

describe.each(['sqlite', 'postgres'] as const)(
  'kith backup while kith serve runs [%s]',
  (dialect) => {
    const run = dialect === 'sqlite' || inject('postgresUrl') !== '';
    it.runIf(run)(
      'backs up a consistent snapshot while the server keeps adding people and logging with them',
      async () => {
        const { place, cleanup } = await placeOn(dialect);
        const kith = await startKithServe(place);
        const statuses: number[] = [];
        let writing = true;
        let added = 0;
        // One writer, as fast as the server answers: a person, then an interaction with them.
        const writer = (async () => {
          while (writing) {
            const person = await post(kith.url, '/api/people', {
              name: `Person ${added}`,
              allowDuplicate: true,
            });
            statuses.push(person.status);
            const { id } = (await person.json()) as { id: number };
            const logged = await post(kith.url, '/api/interactions', {
              personId: id,
              occurredOn: '2026-11-20',
              channel: 'meeting',
              summary: `Coffee ${added}`,
            });
            statuses.push(logged.status);
            added += 1;
          }
        })();
        try {
          await waitFor(() => added >= 20);
          const atStart = added;
          const file = join(dir, 'backup.json');
          const backup = await runKith(place, ['backup', file]);
          const atEnd = added;
          expect(backup.stderr).toBe('');
          expect(backup.code).toBe(0);
          expect(backup.stdout).toMatch(/^Saved a backup of \d+ people and \d+ interactions to /);

          const document = JSON.parse(readFileSync(file, 'utf8')) as BackupFile;
          expect(document.kind).toBe('kith-backup');
          const people = document.tables.people ?? [];
          const interactions = document.tables.interactions ?? [];
          // The writes went on during the backup, and it holds one moment of them.
          expect(atEnd).toBeGreaterThan(atStart);
          expect(people.length).toBeGreaterThanOrEqual(atStart);
          expect(people.length).toBeLessThanOrEqual(atEnd + 1);
          // Consistent: every interaction's person is in the file, and at most the last person lacks one.
          const ids = new Set(people.map((row) => row.id));
          expect(interactions.every((row) => ids.has(row.person_id))).toBe(true);
          expect(people.length - interactions.length).toBeGreaterThanOrEqual(0);
          expect(people.length - interactions.length).toBeLessThanOrEqual(1);

          writing = false;
          await writer;
          expect(statuses.filter((status) => status !== 201)).toEqual([]);

          // And it restores into a fresh home.
          const restored = await runKith({ home: join(dir, 'elsewhere') }, [
            'restore',
            file,
            '--json',
          ]);
          expect(restored.code).toBe(0);
          expect(JSON.parse(restored.stdout)).toMatchObject({
            people: people.length,
            interactions: interactions.length,
          });
        } finally {
          writing = false;
          await writer.catch(() => undefined);
          kith.child.kill('SIGTERM');
          expect(await kith.exited).toBe(0);
          await cleanup();
        }
      },
      180_000,
    );
  },
);

function post(url: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeader]: '1' },
    body: JSON.stringify(body),
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('waited too long');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// Crash safety: `kith demo` killed with SIGKILL at random moments leaves a database that opens,
// passes integrity_check, and holds all of the demo or none of it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { expect, it } from 'vitest';
import { spawnKith } from './spawn-kith.js';

const people = 3000;

/** Runs `kith demo` and kills it `afterMs` after it starts; resolves when it has exited. */
function demoKilledAfter(home: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawnKith(home, ['demo', '--people', String(people)]);
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

it('leaves all of the demo or none of it, however it is killed (20 random kills)', async () => {
  let whole = 0;
  let none = 0;
  // Deterministic "random" moments spread over the start-up and the load itself.
  const moments = Array.from({ length: 20 }, (_, i) => 400 + ((i * 7919) % 20) * 250);
  for (const afterMs of moments) {
    const home = mkdtempSync(join(tmpdir(), 'kith-crash-'));
    try {
      await demoKilledAfter(home, afterMs);
      let database: SQLite.Database;
      try {
        database = new SQLite(join(home, 'kith.db'));
      } catch {
        none += 1; // killed before the file was made
        continue;
      }
      try {
        expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
        const hasPeople = database
          .prepare("select count(*) as n from sqlite_master where name = 'people'")
          .get() as { n: number };
        const count = hasPeople.n
          ? (database.prepare('select count(*) as n from people').get() as { n: number }).n
          : 0;
        expect([0, people]).toContain(count);
        if (count === people) {
          const ties = database.prepare('select count(*) as n from person_ties').get() as {
            n: number;
          };
          expect(ties.n).toBe(people);
          whole += 1;
        } else none += 1;
      } finally {
        database.close();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }
  expect(whole + none).toBe(moments.length);
  // The earliest kills land before the load finishes: the test really interrupts it.
  expect(none).toBeGreaterThan(0);
}, 300_000);

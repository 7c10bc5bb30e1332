// Crash safety: `kith import` killed with SIGKILL at random moments leaves the database exactly as
// it was before, or with the whole import; never half of it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { expect, it } from 'vitest';
import { spawnKith } from './spawn-kith.js';

const rows = 5000;

function kith(home: string, argv: string[], killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawnKith(home, argv);
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A LinkedIn Connections.csv of `rows` distinct people, as LinkedIn writes it today. */
function connectionsCsv(): string {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `Person${i},Example${i},https://www.linkedin.com/in/person-${i},,Company ${i % 97},Analyst,08 Feb 2026`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function counts(home: string): { people: number; ties: number } {
  const database = new SQLite(join(home, 'kith.db'));
  try {
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    const one = (query: string) => (database.prepare(query).get() as { n: number }).n;
    return {
      people: one('select count(*) as n from people'),
      ties: one('select count(*) as n from person_ties'),
    };
  } finally {
    database.close();
  }
}

it('leaves the network as it was or fully imported, however the import is killed (20 random kills)', async () => {
  const work = mkdtempSync(join(tmpdir(), 'kith-import-crash-'));
  const file = join(work, 'Connections.csv');
  writeFileSync(file, connectionsCsv());
  let interrupted = 0;
  try {
    const moments = Array.from({ length: 20 }, (_, i) => 600 + ((i * 7919) % 20) * 210);
    for (const afterMs of moments) {
      const home = mkdtempSync(join(tmpdir(), 'kith-import-home-'));
      try {
        expect(await kith(home, ['add', 'Ana Lopez', '--company', 'Acme'])).toBe(0);
        await kith(home, ['import', file], afterMs);
        const after = counts(home);
        expect([1, 1 + rows]).toContain(after.people);
        expect(after.ties).toBe(after.people);
        if (after.people === 1) interrupted += 1;
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // The earliest kills land before the import commits: the test really interrupts it.
  expect(interrupted).toBeGreaterThan(0);
}, 600_000);

// Opening a new SQLite file while another process holds its write lock: Kith waits for the lock
// rather than failing, where SQLite alone answers "database is locked" at once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { configureSqlite } from './open.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kith-open-busy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Another process that takes the write lock of a file still in rollback mode, holds it, then lets go. */
async function holdWriteLock(path: string, ms: number): Promise<{ ended: Promise<number | null> }> {
  const script = `
    const SQLite = require('better-sqlite3');
    const db = new SQLite(process.argv[1]);
    db.exec('create table first_start (x)');
    db.exec('begin immediate');
    process.stdout.write('held\\n');
    setTimeout(() => { db.exec('commit'); db.close(); }, ${ms});
  `;
  const child = spawn(process.execPath, ['-e', script, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ended = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    void ended.then((code) => reject(new Error(`the lock holder exited early (${code})`)));
  });
  // In an object: an async function's promise would otherwise wait for this one to settle.
  return { ended };
}

it('turns a new file to WAL once another process lets go of its write lock', async () => {
  const path = join(dir, 'kith.db');
  const { ended } = await holdWriteLock(path, 400);

  // SQLite alone: refused at once, though the busy timeout is set.
  const bare = new SQLite(path);
  bare.pragma('busy_timeout = 5000');
  expect(() => bare.pragma('journal_mode = WAL')).toThrow(/database is locked/);
  bare.close();

  const database = new SQLite(path);
  const started = Date.now();
  configureSqlite(database);
  // It waited for the other process's commit, 400 ms after the lock was taken.
  expect(Date.now() - started).toBeGreaterThan(100);
  expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(database.prepare('select count(*) as n from first_start').get()).toEqual({ n: 0 });
  database.close();
  expect(await ended).toBe(0);
}, 30_000);

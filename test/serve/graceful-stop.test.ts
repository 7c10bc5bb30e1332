// Graceful shutdown: SIGTERM while a request is still arriving lets it finish, refuses new ones, and exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startKithServe } from './process.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'kith-stop-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Opens a raw connection and sends a POST's headers and the first part of its body only. */
async function startSlowPost(url: string, body: string, sentFirst: number): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST /api/people HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body.slice(0, sentFirst),
  );
  return socket;
}

function answerOf(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolve(text));
    socket.on('end', () => resolve(text));
  });
}

it('finishes a request in flight when SIGTERM arrives, then closes the store and exits 0', async () => {
  const kith = await startKithServe({ home });
  const body = JSON.stringify({ name: 'Ana Lopez', notes: 'Met at the data meetup' });
  const socket = await startSlowPost(kith.url, body, 10);
  const answer = answerOf(socket);
  // The server has the request's headers and part of its body when the stop is asked for.
  await new Promise((resolve) => setTimeout(resolve, 300));
  kith.child.kill('SIGTERM');
  await waitFor(() => kith.stdout().includes('Stopping'));

  // No new connections once stopping has begun.
  await expect(fetch(`${kith.url}/healthz`)).rejects.toThrow();

  socket.end(body.slice(10));
  const text = await answer;
  expect(text).toMatch(/^HTTP\/1\.1 201 /);
  expect(text).toContain('"name":"Ana Lopez"');
  expect(await kith.exited).toBe(0);
  expect(kith.stdout()).toContain('Stopped. See you next time.');

  // The person was written and the database was closed cleanly (no WAL left to replay).
  const database = new SQLite(join(home, 'kith.db'), { readonly: true });
  try {
    const row = database.prepare('select name from people').get() as { name: string } | undefined;
    expect(row?.name).toBe('Ana Lopez');
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    database.close();
  }
}, 120_000);

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('waited too long');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import { describe, expect, it } from 'vitest';
import { readBackupLines } from './backup-lines.js';
import { emptyBackup, writeBackupJson, type BackupDocument } from './backup.js';

const createdAt = '2026-11-25T12:00:00.000Z';

function sample(): BackupDocument {
  const document = emptyBackup(createdAt);
  document.tables.people = [
    { id: 1, name: 'Ana, "the" López', notes: 'line one\nline two' },
    { id: 2, name: 'Ben' },
  ];
  return document;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  await Promise.resolve();
  yield* text.split(/\r?\n/);
}

const read = (text: string) => readBackupLines(linesOf(text), '"b.json"');

describe('reading a backup a line at a time', () => {
  it('reads what kith backup writes, BOM and CRLF line ends included', async () => {
    const text = writeBackupJson(sample());
    expect(await read(text)).toEqual({ ok: true, value: sample() });
    expect(await read(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual({
      ok: true,
      value: sample(),
    });
  });

  it('reads a backup another tool laid out differently as one JSON value', async () => {
    expect(await read(JSON.stringify(sample(), null, 2))).toEqual({ ok: true, value: sample() });
    expect(await read('hello')).toMatchObject({ ok: false, refusal: 'not-json' });
  });

  it('says on which line a damaged backup breaks', async () => {
    const lines = writeBackupJson(sample()).split('\n');
    lines[lines.findIndex((line) => line.startsWith('{"id":2'))] = '{"id":2,"name":';
    const result = await read(lines.join('\n'));
    expect(result).toMatchObject({ ok: false, refusal: 'not-json' });
    expect(!result.ok && result.message).toMatch(
      /^"b\.json" is not a whole Kith backup: on line \d+, /,
    );
  });

  it('says when a backup is cut short', async () => {
    const text = writeBackupJson(sample());
    const result = await read(text.slice(0, text.indexOf('{"id":2')));
    expect(!result.ok && result.message).toBe(
      '"b.json" is not a whole Kith backup: at the end, the file stops before its end; it may be cut short. Make a new one with kith backup.',
    );
  });
});

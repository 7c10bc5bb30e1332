// The first step of reading a backup file: its text to one JSON value, or a message that says
// where the JSON breaks or what the file looks like instead. Pure: text in.
import { checkBackup, refuse, type BackupCheck } from './backup-check.js';

/** Parses the text of a backup file and checks it; `source` names the file in messages. */
export function readBackupText(text: string, source: string): BackupCheck {
  const parsed = parseBackupJson(text, source);
  return parsed.ok ? checkBackup(parsed.value, source) : parsed;
}

/** Only the JSON step: the value, or why the text is not JSON at all. */
export function parseBackupJson(
  text: string,
  source: string,
): { ok: true; value: unknown } | Extract<BackupCheck, { ok: false }> {
  // A BOM is what some editors add on saving; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return refuse(
      'not-json',
      `${source} is empty; a Kith backup is the .json file kith backup writes.`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const looks = looksLike(body);
    const what = looks ? `it looks like ${looks}` : whereJsonBroke(body, error);
    return refuse(
      'not-json',
      `${source} is not JSON (${what}). A Kith backup is the .json file kith backup writes; contacts from other apps come in with kith import.`,
    );
  }
}

/** What a file that is not JSON seems to be, from its first bytes, when that is plain. */
function looksLike(text: string): string | null {
  const start = text.trimStart().slice(0, 200);
  if (/^BEGIN:VCARD/i.test(start)) return 'a vCard file';
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'a calendar file';
  if (start.startsWith('PK\u0003\u0004')) return 'a zip file';
  if (!/^[[{]/.test(start) && /^[^\n]*,[^\n]*,/.test(start)) return 'a CSV file';
  return null;
}

/** "line 3, column 14: Expected ','…" from JSON.parse's message, which gives only a character position. */
function whereJsonBroke(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const reason = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (position === undefined) return reason;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${reason}`;
}

// Where a command's file goes: standard output, or a file that appears whole or not at all.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { AppError } from '../core/errors.js';
import type { Sink } from '../services/backup.js';
import type { Io } from './io.js';

export interface Written<T> {
  result: T;
  /** Bytes written, as UTF-8. */
  bytes: number;
}

/**
 * Runs `write` into `file`, or into standard output when there is none. A file is written beside
 * its final name and renamed when complete, so a failure never leaves half a backup, nor spoils
 * an older one of the same name.
 */
export async function writeOutput<T>(
  io: Io,
  file: string | undefined,
  write: (sink: Sink) => Promise<T>,
): Promise<Written<T>> {
  let bytes = 0;
  if (file === undefined) {
    const piece = io.stdoutPiece ?? ((text: string) => io.stdout(text));
    const result = await write((chunk) => {
      bytes += Buffer.byteLength(chunk);
      return piece(chunk);
    });
    return { result, bytes };
  }
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  const stream = createWriteStream(partial, { flags: 'w' });
  try {
    await once(stream, 'open');
    const result = await write(async (chunk) => {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await once(stream, 'drain');
    });
    stream.end();
    await finished(stream);
    await rename(partial, file);
    return { result, bytes };
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw explainWriteFailure(error, file);
  }
}

function explainWriteFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') {
    return new AppError(
      'NOT_FOUND',
      `Cannot write "${file}": the folder ${dirname(file)} does not exist. Create it, or choose another place.`,
      { cause: error },
    );
  }
  if (code === 'EISDIR') {
    return new AppError(
      'INVALID_INPUT',
      `"${file}" is a folder; give the path of a file to write.`,
      {
        cause: error,
      },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('FORBIDDEN', `Kith is not allowed to write "${file}".`, { cause: error });
  }
  return error;
}

/** "1.2 MB", "830 kB", "412 bytes": a file size for people. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(0)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

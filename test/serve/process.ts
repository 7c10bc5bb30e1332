// `kith` as a real process on a temp home: start `kith serve`, learn its address, stop it by signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const cli = join(process.cwd(), 'src', 'cli', 'entry.ts');
/**
 * Node itself with tsx's loader, not tsx's wrapper: a signal sent to the child reaches `kith`
 * directly, with no second process between that could end first under load.
 */
const withTsx = ['--import', 'tsx'];

export interface KithProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed on standard output so far. */
  stdout(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Where a process keeps its data: a home for SQLite, and a DATABASE_URL for PostgreSQL ('' for none). */
export interface KithPlace {
  home: string;
  databaseUrl?: string;
}

/** Runs `kith serve --port 0` in the given place and waits until it says where it listens. */
export async function startKithServe(place: KithPlace, args: string[] = []): Promise<KithProcess> {
  const child = spawn(process.execPath, [...withTsx, cli, 'serve', '--port', '0', ...args], {
    env: { ...process.env, KITH_HOME: place.home, DATABASE_URL: place.databaseUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`kith serve did not start: ${out}${err}`)),
      60_000,
    );
    const look = () => {
      const found = /Kith is running at (\S+)/.exec(out)?.[1];
      if (!found) return;
      clearTimeout(timer);
      child.stdout.off('data', look);
      resolve(found.replace('//localhost:', '//127.0.0.1:'));
    };
    child.stdout.on('data', look);
    void exited.then((code) => reject(new Error(`kith serve exited (${code}): ${out}${err}`)));
  });
  return { child, url, stdout: () => out, exited };
}

/** Runs one `kith` command to its end; resolves with its exit code and output. */
export function runKith(
  place: KithPlace,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...withTsx, cli, ...args], {
      env: { ...process.env, KITH_HOME: place.home, DATABASE_URL: place.databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// The process entry point behind bin/kith.js: real stdout, stderr, env, clock and stdin.
import { once } from 'node:events';
import { run } from './run.js';
import type { Io } from './io.js';

const realIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stdoutPiece: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  },
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
  stdin: readStdin,
  stderrIsTty: process.stderr.isTTY === true,
};

export async function main(): Promise<void> {
  // `kith people --json --all | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), realIo);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

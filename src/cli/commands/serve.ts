// `kith serve`: runs the web app and API on the same store until Ctrl+C or SIGTERM.
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { AppError, invalidInput } from '../../core/errors.js';
import type { LogOption } from '../../server/logging.js';
import { signUpModes, type SignUpMode } from '../../core/account.js';
import type { ServerModeOptions } from '../../server/server-mode.js';
import { printLines, type Io } from '../io.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';

export function registerServe(program: Command, session: Session): void {
  program
    .command('serve')
    .description('run the Kith web app and API')
    .option('--port <port>', 'the port to listen on (default: $PORT or 7070)')
    .option(
      '--host <host>',
      'the address to listen on; 0.0.0.0 lets other machines in',
      '127.0.0.1',
    )
    .option(
      '--allow-host <name...>',
      'another name Kith may be reached by, beside localhost (repeatable; also $KITH_ALLOWED_HOSTS)',
    )
    .option(
      '--log [level]',
      'write one JSON log line per request to standard output (info by default; also $KITH_LOG)',
    )
    .option('--accounts', 'server mode: many accounts with sign-in (also KITH_ACCOUNTS=on)')
    .option(
      '--sign-up <who>',
      'server mode: who may sign up, invitation or open (default: $KITH_SIGN_UP or invitation)',
    )
    .option('--trust-proxy', 'behind an HTTPS reverse proxy: trust X-Forwarded-*, Secure cookies')
    .addHelpText(
      'after',
      `
Examples:
  kith serve
  kith serve --port 8080
  PORT=8080 kith serve
  kith serve --host 0.0.0.0 --allow-host kith.lan
  kith serve --log
  kith serve --accounts --trust-proxy --allow-host kith.example.org

On SIGTERM or Ctrl+C, Kith stops taking new requests, finishes those in flight (up to 10 s),
closes the database and exits 0. A second Ctrl+C stops at once.`,
    )
    .action(async (flags: ServeFlags) => {
      const io = session.io;
      const port = parsePort(flags.port ?? io.env.PORT ?? '7070');
      const allowedHosts = [...(flags.allowHost ?? []), ...splitList(io.env.KITH_ALLOWED_HOSTS)];
      const deps = await session.deps();
      // Loaded here, not at the top, so the other commands start without Fastify.
      const { startServer } = await import('../../server/serve.js');
      const mode = await serverMode(flags, io);
      const server = await startServer({
        store: deps.store,
        llm: deps.llm,
        machineLocale: deps.machineLocale ?? null,
        port,
        host: flags.host,
        allowedHosts,
        // Server mode logs each request unless told --log off.
        logger: logOption(flags.log ?? io.env.KITH_LOG ?? (mode.accounts ? 'on' : undefined), io),
        now: () => io.now(),
        ...mode,
      }).catch((cause: unknown) => {
        throw explainListenFailure(cause, port, flags.host);
      });
      printLines(io, [`Kith is running at ${server.url}`, 'Press Ctrl+C to stop.']);
      await (io.untilStopped ?? waitForSignal)();
      printLines(io, ['Stopping: finishing the requests in flight…']);
      await server.close();
      printLines(io, ['Stopped. See you next time.']);
    });
}

interface ServeFlags {
  port?: string;
  host: string;
  allowHost?: string[];
  log?: string | true;
  accounts?: boolean;
  signUp?: string;
  trustProxy?: boolean;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * --log alone or KITH_LOG=on means info; a level name picks the level; off or nothing, no logs.
 * The lines go to the run's standard output, one JSON object each, for journald or a collector.
 */
function logOption(value: string | true | undefined, io: Io): LogOption {
  if (value === undefined) return false;
  const text = value === true ? 'on' : value.trim().toLowerCase();
  if (['', 'off', 'false', '0', 'no'].includes(text)) return false;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      io.stdout(chunk.toString('utf8'));
      done();
    },
  });
  if (['on', 'true', '1', 'yes'].includes(text)) return { stream };
  const level = logLevels.find((name) => name === text);
  if (level) return { level, stream };
  throw invalidInput([
    { field: 'log', message: `must be on, off or one of ${logLevels.join(', ')} (got "${value}")` },
  ]);
}

/** Server mode's options from the flags and KITH_ACCOUNTS / KITH_SIGN_UP; none in the default. */
async function serverMode(flags: ServeFlags, io: Io): Promise<{ accounts?: ServerModeOptions }> {
  const on = flags.accounts === true || /^(on|1|true|yes)$/i.test(io.env.KITH_ACCOUNTS ?? '');
  if (!on) return {};
  const signUp = flags.signUp ?? io.env.KITH_SIGN_UP ?? 'invitation';
  if (!isSignUpMode(signUp)) {
    throw invalidInput([
      { field: 'sign-up', message: `must be invitation or open (got "${signUp}")` },
    ]);
  }
  const { mailerFromEnv } = await import('../../server/mailer.js');
  return {
    accounts: {
      signUp,
      trustProxy: flags.trustProxy === true,
      notify: (line) => printLines(io, [line]),
      mailer: mailerFromEnv(io.env),
    },
  };
}

function isSignUpMode(text: string): text is SignUpMode {
  return (signUpModes as readonly string[]).includes(text);
}

function parsePort(text: string): number {
  const port = parseWholeNumber(text, 'port', '7070');
  if (port > 65535)
    throw invalidInput([{ field: 'port', message: `must be at most 65535 (got ${port})` }]);
  return port;
}

/** KITH_ALLOWED_HOSTS is comma-separated; spaces around names and empty entries are forgiven. */
function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** A taken or forbidden port is the user's to fix, so it gets a plain message instead of a crash. */
function explainListenFailure(cause: unknown, port: number, host: string): unknown {
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    return new AppError(
      'UNAVAILABLE',
      `Port ${port} on ${host} is already in use. Try another: kith serve --port ${port + 1}`,
      { cause },
    );
  }
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new AppError(
      'UNAVAILABLE',
      `Kith cannot listen on ${host}:${port} here. Try kith serve --host 127.0.0.1 --port 7070`,
      { cause },
    );
  }
  return cause;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

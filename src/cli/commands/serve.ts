// `kith serve`: runs the web app and API on the same store until Ctrl+C or SIGTERM.
import type { Command } from 'commander';
import { AppError, invalidInput } from '../../core/errors.js';
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
  kith serve --accounts --trust-proxy --allow-host kith.example.org`,
    )
    .action(async (flags: ServeFlags) => {
      const io = session.io;
      const port = parsePort(flags.port ?? io.env.PORT ?? '7070');
      const allowedHosts = [...(flags.allowHost ?? []), ...splitList(io.env.KITH_ALLOWED_HOSTS)];
      const deps = await session.deps();
      // Loaded here, not at the top, so the other commands start without Fastify.
      const { startServer } = await import('../../server/serve.js');
      const server = await startServer({
        store: deps.store,
        llm: deps.llm,
        machineLocale: deps.machineLocale ?? null,
        port,
        host: flags.host,
        allowedHosts,
        now: () => io.now(),
        ...serverMode(flags, io),
      }).catch((cause: unknown) => {
        throw explainListenFailure(cause, port, flags.host);
      });
      printLines(io, [`Kith is running at ${server.url}`, 'Press Ctrl+C to stop.']);
      await (io.untilStopped ?? waitForSignal)();
      await server.close();
      printLines(io, ['Stopped. See you next time.']);
    });
}

interface ServeFlags {
  port?: string;
  host: string;
  allowHost?: string[];
  accounts?: boolean;
  signUp?: string;
  trustProxy?: boolean;
}

/** Server mode's options from the flags and KITH_ACCOUNTS / KITH_SIGN_UP; none in the default. */
function serverMode(flags: ServeFlags, io: Io): { accounts?: ServerModeOptions } {
  const on = flags.accounts === true || /^(on|1|true|yes)$/i.test(io.env.KITH_ACCOUNTS ?? '');
  if (!on) return {};
  const signUp = flags.signUp ?? io.env.KITH_SIGN_UP ?? 'invitation';
  if (!isSignUpMode(signUp)) {
    throw invalidInput([
      { field: 'sign-up', message: `must be invitation or open (got "${signUp}")` },
    ]);
  }
  return {
    accounts: {
      signUp,
      trustProxy: flags.trustProxy === true,
      notify: (line) => printLines(io, [line]),
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

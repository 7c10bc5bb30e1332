// Starts the HTTP server on a port and host, and says where it is.
import type { LlmConfig } from '../services/deps.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import type { LogOption } from './logging.js';
import { closeGracefully } from './operations.js';
import { announceFirstOwner, type ServerModeOptions } from './server-mode.js';

export interface StartOptions {
  store: Store;
  port: number;
  /** 127.0.0.1 by default: the embedded mode has no sign-in, so it must not listen on the network. */
  host: string;
  now?: () => Date;
  webRoot?: string | null;
  /** Structured request logs (kith serve --log; on in server mode). */
  logger?: LogOption;
  /** Limits on sign-in, sign-up, reset, import and restore (on in server mode). */
  rateLimits?: boolean;
  /** How long close() lets requests in flight finish before closing their connections. */
  shutdownGraceMs?: number;
  /** The optional model for polishing drafts (KITH_LLM_URL and KITH_LLM_MODEL). */
  llm?: LlmConfig;
  /** The machine's locale, for the date order of a profile that has none. */
  machineLocale?: string | null;
  /** More names the server answers on (--allow-host and KITH_ALLOWED_HOSTS); loopback always works. */
  allowedHosts?: string[];
  /** Server mode (kith serve --accounts): accounts and sign-in instead of the one local account. */
  accounts?: ServerModeOptions;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const app = await buildApp(options);
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost =
    options.host === '127.0.0.1' || options.host === '0.0.0.0' || options.host === '::'
      ? 'localhost'
      : options.host;
  const url = `http://${shownHost}:${port}`;
  await announceFirstOwner(options, url);
  return { url, close: () => closeGracefully(app, options.shutdownGraceMs) };
}

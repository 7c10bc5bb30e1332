// The CLI's line to a Kith server: KITH_URL and KITH_TOKEN read once, one request helper, and every
// refusal turned into the AppError the command line already knows how to explain.
import { AppError, errorCodes, type ErrorCode, type FieldProblem } from '../core/errors.js';
import { UsageError } from './failure.js';

export interface RemoteTarget {
  /** The server's address as given, without a trailing slash: https://kith.example.org */
  url: string;
  token: string;
}

/**
 * The server to talk to, or null for the local database. Both variables or neither: one alone is
 * almost always a typo, and running on the local database instead would surprise.
 */
export function remoteFromEnv(env: NodeJS.ProcessEnv): RemoteTarget | null {
  const url = env.KITH_URL?.trim() ?? '';
  const token = env.KITH_TOKEN?.trim() ?? '';
  if (url === '' && token === '') return null;
  if (token === '')
    throw new UsageError(
      'KITH_URL is set but KITH_TOKEN is not. Set both to use a Kith server (make a token on its Account page), or unset KITH_URL to use this computer’s database.',
    );
  if (url === '')
    throw new UsageError(
      'KITH_TOKEN is set but KITH_URL is not. Set KITH_URL to the server’s address, such as https://kith.example.org, or unset KITH_TOKEN to use this computer’s database.',
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(
      `KITH_URL is not an address: "${url}". Write it like https://kith.example.org`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new UsageError(`KITH_URL must start with https:// or http:// (got "${url}").`);
  return { url: url.replace(/\/+$/, ''), token };
}

export interface RemoteRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Files and fields as multipart/form-data, instead of a JSON body. */
  form?: FormData;
  /** What answer to ask for; JSON unless said. */
  accept?: string;
}

export interface RemoteClient {
  target: RemoteTarget;
  /** Sends one request; resolves with the answer when it is a 2xx, or throws an AppError. */
  send: (request: RemoteRequest) => Promise<Response>;
  /** Like `send`, with the JSON body of the answer. */
  json: <T>(request: RemoteRequest) => Promise<T>;
}

export function createRemoteClient(
  target: RemoteTarget,
  fetchFn: typeof fetch = fetch,
): RemoteClient {
  const send = async (request: RemoteRequest): Promise<Response> => {
    const address = new URL(`${target.url}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) address.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      authorization: `Bearer ${target.token}`,
      accept: request.accept ?? 'application/json',
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const body =
      request.form ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    let response: Response;
    try {
      response = await fetchFn(address, {
        method: request.method ?? 'GET',
        headers,
        body,
        // A token is for this server only: a redirect elsewhere is refused, not followed.
        redirect: 'error',
      });
    } catch (error) {
      throw unreachable(target.url, error);
    }
    if (response.ok) return response;
    throw await refusal(target.url, response);
  };
  return {
    target,
    send,
    json: async <T>(request: RemoteRequest) => (await (await send(request)).json()) as T,
  };
}

function unreachable(url: string, error: unknown): AppError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  const why = typeof code === 'string' ? ` (${code})` : '';
  return new AppError(
    'UNAVAILABLE',
    `Could not reach the Kith server at ${url}${why}. Check KITH_URL and that the server is running; nothing was changed.`,
    { cause: error },
  );
}

export interface ProblemBody {
  status?: unknown;
  detail?: unknown;
  code?: unknown;
  problems?: unknown;
}

/** The server's own words for a refusal, with the code it gave when the CLI knows it. */
async function refusal(url: string, response: Response): Promise<AppError> {
  const body = (await response.json().catch(() => ({}))) as ProblemBody;
  return problemError(url, response, body);
}

/** A problem body as the AppError it stands for; also for one that ends a streamed answer. */
export function problemError(
  url: string,
  response: Pick<Response, 'status' | 'statusText' | 'headers'>,
  body: ProblemBody,
): AppError {
  const detail = typeof body.detail === 'string' ? body.detail : '';
  if (response.status === 401) {
    return new AppError(
      'UNAUTHORIZED',
      `The Kith server at ${url} did not accept KITH_TOKEN: it is mistyped, or it was revoked. Sign in on the server, make a new token on your Account page, and set KITH_TOKEN to it.`,
    );
  }
  const code = codeOf(body.code, response.status);
  const problems = Array.isArray(body.problems) ? (body.problems as FieldProblem[]) : [];
  if (response.status === 429)
    return new AppError(
      'UNAVAILABLE',
      `${detail || 'The server is busy.'} Try again in ${response.headers.get('retry-after') ?? 'a few'} seconds.`,
    );
  return new AppError(
    code,
    detail || `The Kith server at ${url} answered ${response.status} ${response.statusText}.`,
    { problems },
  );
}

const codeByStatus: Record<number, ErrorCode> = {
  400: 'INVALID_INPUT',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'INVALID_INPUT',
  415: 'UNSUPPORTED_FORMAT',
  422: 'INVALID_INPUT',
};

function codeOf(code: unknown, status: number): ErrorCode {
  if (typeof code === 'string' && (errorCodes as readonly string[]).includes(code))
    return code as ErrorCode;
  return codeByStatus[status] ?? 'UNAVAILABLE';
}

// kith serve: listens, says where, answers requests over the same store, and stops cleanly.
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

describe('kith serve', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('prints where Kith is running, serves the API, then stops when asked', async () => {
    await cli.kith('add', 'Ana Lopez');
    let stdout = '';
    let health: unknown;
    const result = await cli.kithWith(
      {
        stdout: (text) => void (stdout += text),
        untilStopped: async () => {
          const url = /Kith is running at (\S+)/.exec(stdout)?.[1] ?? '';
          health = await (await fetch(`${url}/api/health`)).json();
        },
      },
      'serve',
      '--port',
      '0',
    );
    expect(result.code).toBe(0);
    expect(stdout).toMatch(/^Kith is running at http:\/\/localhost:\d+\nPress Ctrl\+C to stop\.\n/);
    expect(stdout).toContain('Stopped.');
    expect(health).toEqual({ ok: true });
  });

  // Regression: the server used to start without the model, so Polish never worked in the web app.
  it('hands the model from KITH_LLM_URL and KITH_LLM_MODEL to the web app', async () => {
    const model = createHttpServer((_request, response) => {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ choices: [{ message: { content: 'Hi Ana, polished by the model.' } }] }),
        );
    });
    await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
    const address = model.address();
    const modelUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      await cli.kith('add', 'Ana Lopez');
      let stdout = '';
      let polished: unknown;
      const result = await cli.kithWith(
        {
          env: { KITH_HOME: cli.home, KITH_LLM_URL: modelUrl, KITH_LLM_MODEL: 'tiny' },
          stdout: (text) => void (stdout += text),
          untilStopped: async () => {
            const url = /Kith is running at (\S+)/.exec(stdout)?.[1] ?? '';
            const response = await fetch(`${url}/api/drafts`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ personId: 1, intent: 'reconnect', polish: true }),
            });
            polished = ((await response.json()) as { polished: unknown }).polished;
          },
        },
        'serve',
        '--port',
        '0',
      );
      expect(result.code).toBe(0);
      expect(polished).toBe('Hi Ana, polished by the model.');
    } finally {
      model.close();
    }
  });

  it('answers on names from --allow-host and KITH_ALLOWED_HOSTS, and refuses any other', async () => {
    let stdout = '';
    const statuses: Record<string, number> = {};
    const result = await cli.kithWith(
      {
        env: { KITH_HOME: cli.home, KITH_ALLOWED_HOSTS: 'kith.home, kith.office' },
        stdout: (text) => void (stdout += text),
        untilStopped: async () => {
          const port = Number(/Kith is running at http:\/\/localhost:(\d+)/.exec(stdout)?.[1]);
          for (const name of ['kith.lan', 'kith.home', 'kith.office', 'evil.example']) {
            statuses[name] = await statusFor(port, `${name}:${port}`);
          }
        },
      },
      'serve',
      '--port',
      '0',
      '--allow-host',
      'kith.lan',
    );
    expect(result.code).toBe(0);
    expect(statuses).toEqual({
      'kith.lan': 200,
      'kith.home': 200,
      'kith.office': 200,
      'evil.example': 403,
    });
  });

  it('takes the port from PORT when --port is not given', async () => {
    const result = await cli.kithWith({ env: { KITH_HOME: cli.home, PORT: 'seventy' } }, 'serve');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('--port: must be a whole number such as 7070 (got "seventy")\n');
  });

  it('rejects a port above 65535 with exit 4', async () => {
    const result = await cli.kith('serve', '--port', '70000');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('--port: must be at most 65535 (got 70000)\n');
  });

  it('writes one JSON line per request with --log, naming the request id and not the search', async () => {
    let stdout = '';
    const result = await cli.kithWith(
      {
        stdout: (text) => void (stdout += text),
        untilStopped: async () => {
          const url = /Kith is running at (\S+)/.exec(stdout)?.[1] ?? '';
          const response = await fetch(`${url}/api/people?q=Ana`, {
            headers: { 'x-request-id': 'support-ticket-42' },
          });
          expect(response.headers.get('x-request-id')).toBe('support-ticket-42');
        },
      },
      'serve',
      '--port',
      '0',
      '--log',
    );
    expect(result.code).toBe(0);
    const lines = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { reqId?: string; msg: string; req?: { url: string } });
    const mine = lines.filter((line) => line.reqId === 'support-ticket-42');
    expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[0]?.req?.url).toBe('/api/people?q=…');
    expect(stdout).not.toContain('Ana');
  });

  it('refuses a --log level it does not know, naming the ones it does', async () => {
    const result = await cli.kith('serve', '--port', '0', '--log', 'loud');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      'log: must be on, off or one of fatal, error, warn, info, debug, trace (got "loud")\n',
    );
  });

  describe('when the port is taken', () => {
    let blocker: Server;
    beforeEach(async () => {
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    });
    afterEach(async () => new Promise<void>((resolve) => blocker.close(() => resolve())));

    it('says so plainly and exits 6', async () => {
      const address = blocker.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const result = await cli.kith('serve', '--port', String(port));
      expect(result.code).toBe(6);
      expect(result.stderr).toBe(
        `Port ${port} on 127.0.0.1 is already in use. Try another: kith serve --port ${port + 1}\n`,
      );
    });
  });
});

/** The status of GET /api/health on 127.0.0.1, sent with the given Host header. */
function statusFor(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest({ port, host: '127.0.0.1', path: '/api/health', headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

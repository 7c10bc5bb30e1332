// The DNS-rebinding guard over the whole app: which Host and Origin headers reach the API, and that refusals write nothing.
import { connect } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../test/app.js';
import { makeSqlite } from '../../test/dialects.js';
import { buildApp } from './app.js';
import { hostnameOf } from './local-guard.js';

function listPeople(app: FastifyInstance, host: string) {
  return app.inject({ method: 'GET', url: '/api/people', headers: { host } });
}

function addPerson(app: FastifyInstance, headers: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url: '/api/people',
    headers: { host: 'localhost:7070', ...headers },
    payload: { name: 'Ana Lopez', allowDuplicate: true },
  });
}

async function countPeople(app: FastifyInstance): Promise<number> {
  return (await listPeople(app, 'localhost:7070')).json<{ total: number }>().total;
}

describe('the local guard on the default host', () => {
  const app = useApp();

  it('refuses a request addressed to another host with a problem that says what to do', async () => {
    const response = await listPeople(app(), 'evil.example:7070');
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      title: 'Not allowed',
      detail: expect.stringContaining('kith serve --allow-host evil.example') as unknown,
    });
  });

  it.each(['localhost:7070', '127.0.0.1:7070', '[::1]:7070', 'LOCALHOST.:7070', 'localhost'])(
    'answers a request addressed to %s',
    async (host) => {
      expect((await listPeople(app(), host)).statusCode).toBe(200);
    },
  );

  it("answers app.inject's default Host of localhost:80", async () => {
    expect((await app().inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('refuses a Host header that smuggles another host past the port', async () => {
    expect((await listPeople(app(), 'localhost:7070@evil.example')).statusCode).toBe(403);
  });

  it('refuses a write from another site and adds nobody', async () => {
    const before = await countPeople(app());
    const response = await addPerson(app(), { origin: 'http://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(await countPeople(app())).toBe(before);
  });

  it('refuses a write from another site even when the page resolved to 127.0.0.1', async () => {
    const before = await countPeople(app());
    const response = await addPerson(app(), {
      host: 'evil.example:7070',
      origin: 'http://evil.example:7070',
    });
    expect(response.statusCode).toBe(403);
    expect(await countPeople(app())).toBe(before);
  });

  it('accepts a write from the web app on localhost', async () => {
    expect((await addPerson(app(), { origin: 'http://localhost:7070' })).statusCode).toBe(201);
  });

  it('accepts a write with no Origin, as the CLI, curl and scripts send', async () => {
    expect((await addPerson(app(), {})).statusCode).toBe(201);
  });

  it('refuses a write from an opaque null origin', async () => {
    const before = await countPeople(app());
    expect((await addPerson(app(), { origin: 'null' })).statusCode).toBe(403);
    expect(await countPeople(app())).toBe(before);
  });

  it('refuses a write from an origin that is not http or https', async () => {
    expect((await addPerson(app(), { origin: 'file://localhost' })).statusCode).toBe(403);
  });

  it('refuses a write the browser marks Sec-Fetch-Site: cross-site', async () => {
    const before = await countPeople(app());
    expect((await addPerson(app(), { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect(await countPeople(app())).toBe(before);
  });

  it('lets a read from another origin through, since the browser keeps its answer from that page', async () => {
    const response = await app().inject({
      method: 'GET',
      url: '/api/people',
      headers: { host: 'localhost:7070', origin: 'http://evil.example' },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('the local guard with --allow-host', () => {
  const app = useApp({ allowedHosts: ['Kith.LAN.', '192.168.1.20', '::2'] });

  it.each(['kith.lan:7070', '192.168.1.20:7070', '[::2]:7070'])(
    'answers a request addressed to the allowed name %s',
    async (host) => {
      expect((await listPeople(app(), host)).statusCode).toBe(200);
    },
  );

  it('accepts a write from a page served under an allowed name', async () => {
    expect(
      (await addPerson(app(), { host: 'kith.lan:7070', origin: 'http://kith.lan:7070' }))
        .statusCode,
    ).toBe(201);
  });

  it('still refuses any other host', async () => {
    expect((await listPeople(app(), 'evil.example:7070')).statusCode).toBe(403);
  });
});

describe('the local guard listening on a named host', () => {
  const app = useApp({ host: '192.168.1.20' });

  it('answers on the address it listens on, and on loopback', async () => {
    expect((await listPeople(app(), '192.168.1.20:7070')).statusCode).toBe(200);
    expect((await listPeople(app(), 'localhost:7070')).statusCode).toBe(200);
  });
});

describe('the local guard listening on every address (0.0.0.0)', () => {
  const app = useApp({ host: '0.0.0.0' });

  it("answers on this machine's own hostname", async () => {
    expect((await listPeople(app(), `${hostname()}:7070`)).statusCode).toBe(200);
  });

  it("answers on the addresses of this machine's network interfaces", async () => {
    const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
    for (const { address, family } of addresses) {
      const host = family === 'IPv6' ? `[${address}]:7070` : `${address}:7070`;
      expect((await listPeople(app(), host)).statusCode, host).toBe(200);
    }
  });

  it('still refuses an arbitrary host', async () => {
    expect((await listPeople(app(), 'evil.example:7070')).statusCode).toBe(403);
  });

  it('does not take the wildcard itself as a name', async () => {
    expect((await listPeople(app(), '0.0.0.0:7070')).statusCode).toBe(403);
  });
});

describe('the local guard over a real socket', () => {
  const app = useApp();

  // app.inject always fills in a Host, so this one goes over TCP as HTTP/1.0, where Host is optional.
  it('refuses a request with no Host header at all', async () => {
    await app().listen({ port: 0, host: '127.0.0.1' });
    const address = app().server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const answer = await sendRaw(port, 'GET /api/people HTTP/1.0\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.\d 403 /);
    expect(answer).toContain('did not say which host it was for');
  });
});

function sendRaw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('buildApp with an --allow-host that is not a host name', () => {
  it('refuses to start and says what a name looks like', async () => {
    const sqlite = await makeSqlite();
    try {
      await expect(
        buildApp({ store: sqlite.store, webRoot: null, allowedHosts: ['kith lan'] }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: /"kith lan" is not a host name/ });
    } finally {
      await sqlite.cleanup();
    }
  });
});

describe('hostnameOf', () => {
  it.each([
    ['localhost:7070', 'localhost'],
    ['Evil.Example.:7070', 'evil.example'],
    ['[::1]:7070', '::1'],
    ['[0:0:0:0:0:0:0:1]', '::1'],
    ['127.0.0.1', '127.0.0.1'],
    ['', null],
    ['localhost:7070@evil.example', null],
    ['evil.example/path', null],
    ['localhost:99999', null],
  ])('reads %j as %j', (header, expected) => {
    expect(hostnameOf(header)).toBe(expected);
  });
});

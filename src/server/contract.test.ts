// The API contract as generated clients see it: Redocly lint, operationIds, and a generated client that type-checks against the web app's types.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, type OpenStore } from '../store/open.js';
import { buildApp } from './app.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const run = promisify(execFile);

interface Operation {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

/** A file that uses the generated types where the web app's own types are expected, and back. */
const clientCheck = (apiModule: string) => `
import type { paths } from './kith-api.js';
import type { PeoplePage, PersonWithTimeline, TodayView } from '${apiModule}';

type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

declare const people: Ok<'/api/people', 'get'>;
declare const person: Ok<'/api/people/{id}', 'get'>;
declare const today: Ok<'/api/today', 'get'>;
declare const web: { people: PeoplePage; person: PersonWithTimeline; today: TodayView };

// Both ways: what the server documents is what the web app reads, and nothing more or less.
export const generatedToWeb: typeof web = { people, person, today };
export const webToGenerated: { people: typeof people; person: typeof person; today: typeof today } = web;
`;

const modes = [
  { mode: 'the one-person default', accounts: undefined },
  {
    mode: 'server mode',
    accounts: { signUp: 'invitation' as const, notify: (line: string) => void line },
  },
];

describe.each(modes)('the API contract in $mode', ({ accounts }) => {
  let dir: string;
  let store: OpenStore;
  let app: FastifyInstance;
  let doc: Document;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kith-contract-'));
    store = await openSqlite({ path: join(dir, 'kith.db') });
    app = await buildApp({ store, webRoot: null, ...(accounts ? { accounts } : {}) });
    await app.ready();
    doc = app.swagger() as unknown as Document;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it('names every operation once and says where Kith runs', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.servers).toEqual([
      { url: 'http://localhost:7070', description: 'Kith on this machine' },
    ]);
  });

  it('lists the local guard, sign-in, server and body problems on every route as problem+json', () => {
    for (const { method, operation } of operations()) {
      const signIn = operation.security?.length === 0 ? [] : ['401'];
      const codes = [
        ...signIn,
        ...(method === 'get' ? ['403', '500'] : ['400', '403', '413', '415', '500']),
      ];
      for (const code of codes) {
        expect(Object.keys(operation.responses[code]?.content ?? {})).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  it('passes the Redocly lint with the project config', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const redocly = join(root, 'node_modules', '.bin', 'redocly');
    const config = join(root, 'redocly.yaml');
    const result = await run(redocly, ['lint', file, '--config', config, '--format', 'summary'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const output = `${result.stdout}\n${result.stderr}`;
    expect('code' in result ? output : 0).toBe(0);
    expect(output).not.toMatch(/\berror\b/i);
  }, 30_000);

  it("generates a client whose responses are the web app's own types", async () => {
    const generated = astToString(await openapiTS(JSON.stringify(doc)));
    writeFileSync(join(dir, 'kith-api.ts'), generated);
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const checkFile = join(dir, 'check.ts');
    writeFileSync(checkFile, clientCheck(join(root, 'web', 'src', 'api.js')));

    const program = ts.createProgram([checkFile], {
      strict: true,
      noUncheckedIndexedAccess: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2023,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      skipLibCheck: true,
      noEmit: true,
    });
    const ours = [checkFile, join(dir, 'kith-api.ts')];
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...ours.flatMap((file) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file))),
    ];
    const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([]);
  }, 60_000);
});

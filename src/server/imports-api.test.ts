// Imports, the duplicate review list and merges over HTTP, on SQLite and PostgreSQL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

const connections = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,Lopez,https://www.linkedin.com/in/ana-lopez,ana@acme.com,Acme,Data Lead,08 Feb 2026
Bill,Jones,https://www.linkedin.com/in/bill-jones,,Acme,CFO,09 Feb 2026
Eve,Adams,https://www.linkedin.com/in/eve-adams,eve(at)adams.org,Adams & Co,Owner,10 Feb 2026
`;

/** A multipart/form-data body with one part per file. */
function upload(files: Array<{ name: string; content: string | Buffer }>) {
  const boundary = '----kith-test-boundary';
  const parts = files.map((file) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    ]),
  );
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
  };
}

describeEachDialectAndMode('HTTP API imports', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
  });
  afterAll(async () => app.close());

  it('previews an upload without writing, then imports it, then adds nothing the second time', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'William Jones', company: 'Acme Ltd' },
    });
    const file = upload([{ name: 'Connections.csv', content: connections }]);
    const preview = await app.inject({ method: 'POST', url: '/api/imports?dryRun=true', ...file });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      dryRun: true,
      files: [{ file: 'Connections.csv', format: 'linkedin-connections', rows: 3 }],
      people: { new: 3, updated: 0, merged: 0, unchanged: 0, review: 1 },
      problems: [{ file: 'Connections.csv', line: 4, field: 'email', severity: 'warning' }],
    });
    expect((await app.inject({ method: 'GET', url: '/api/people' })).json()).toMatchObject({
      total: 1,
    });

    const real = await app.inject({ method: 'POST', url: '/api/imports?dryRun=false', ...file });
    expect(real.json()).toEqual({ ...preview.json<object>(), dryRun: false });
    const again = await app.inject({ method: 'POST', url: '/api/imports', ...file });
    expect(again.json()).toMatchObject({ people: { new: 0 }, alreadyImported: 3 });
    expect((await app.inject({ method: 'GET', url: '/api/people' })).json()).toMatchObject({
      total: 4,
    });
  });

  it('lists a possible duplicate, merges it, undoes the merge, and rejects the pair', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/duplicates' });
    const [review] = list.json<{
      reviews: Array<{ id: number; a: { id: number }; b: { id: number }; reason: string }>;
    }>().reviews;
    if (!review) throw new Error('expected a pair to review');
    expect(review.reason).toBe('nickname at Acme');

    const merged = await app.inject({
      method: 'POST',
      url: '/api/merges',
      payload: { a: review.a.id, b: review.b.id },
    });
    expect(merged.statusCode).toBe(201);
    const { mergeId } = merged.json<{ mergeId: number }>();
    expect((await app.inject({ method: 'GET', url: '/api/duplicates' })).json()).toEqual({
      reviews: [],
    });

    const undone = await app.inject({ method: 'DELETE', url: `/api/merges/${mergeId}` });
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ mergeId, restored: { id: review.b.id } });
    const twice = await app.inject({ method: 'DELETE', url: `/api/merges/${mergeId}` });
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');

    const rejected = await app.inject({
      method: 'POST',
      url: `/api/duplicates/${review.id}/reject`,
    });
    expect(rejected.json()).toEqual({ id: review.id, status: 'rejected' });
    expect((await app.inject({ method: 'GET', url: '/api/duplicates' })).json()).toEqual({
      reviews: [],
    });
  });

  it('answers bad uploads and bad merges with problems', async () => {
    const binary = await app.inject({
      method: 'POST',
      url: '/api/imports',
      ...upload([{ name: 'photo.bin', content: Buffer.from([0, 1, 2, 255, 254, 0]) }]),
    });
    expect(binary.statusCode).toBe(415);
    expect(binary.json()).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      detail: expect.stringContaining('photo.bin') as unknown,
    });

    const notMultipart = await app.inject({
      method: 'POST',
      url: '/api/imports',
      payload: { files: [] },
    });
    expect(notMultipart.statusCode).toBe(422);

    const self = await app.inject({ method: 'POST', url: '/api/merges', payload: { a: 1, b: 1 } });
    expect(self.statusCode).toBe(422);
    const nobody = await app.inject({ method: 'DELETE', url: '/api/merges/99999' });
    expect(nobody.statusCode).toBe(404);
  });

  it('refuses a file over the size limit, naming it', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=true',
      ...upload([{ name: 'huge.csv', content: Buffer.alloc(51 * 1_048_576, 'a') }]),
    });
    expect(big.statusCode).toBe(422);
    expect(big.json()).toMatchObject({
      detail: 'huge.csv: this file is over the 50 MB limit for one import file.',
    });
  });

  it('streams progress lines and ends with the report when asked for NDJSON', async () => {
    const streamed = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=true',
      ...upload([{ name: 'Connections.csv', content: connections }]),
      headers: {
        ...upload([]).headers,
        accept: 'application/x-ndjson',
      },
    });
    expect(streamed.headers['content-type']).toContain('application/x-ndjson');
    const lines = streamed.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    expect(lines[0]).toMatchObject({ type: 'progress', phase: 'matching' });
    expect(lines.at(-1)).toMatchObject({ type: 'report', report: { dryRun: true } });
  });
});

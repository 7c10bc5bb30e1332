// The profile's date order over HTTP, and the one-line log saying which reading of a date it took.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialectAndMode('dates over HTTP', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null, machineLocale: 'en-US' });
  });
  afterAll(async () => app.close());

  const logLine = (line: string) =>
    app.inject({ method: 'POST', url: '/api/interactions/line', payload: { line } });

  it('reads dates in the machine locale’s order until the profile sets one', async () => {
    const profile = await app.inject({ method: 'GET', url: '/api/profile' });
    expect(profile.json()).toMatchObject({ dateOrder: '', dateOrderInUse: 'MDY' });
    const logged = await logLine('called Sam Patel on 03/11/2026');
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({
      interactions: [{ occurredOn: '2026-03-11' }],
      notes: ['Read 03/11/2026 as 11 March 2026 (month first, as your dates are set)'],
    });
  });

  it('saves a date order given as a locale and reads dates by it', async () => {
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: { name: 'Maya', dateOrder: 'en-GB' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ dateOrder: 'DMY', dateOrderInUse: 'DMY' });
    const logged = await logLine('called Sam Patel on 03/11/2026');
    expect(logged.json()).toMatchObject({ interactions: [{ occurredOn: '2026-11-03' }] });
  });

  it('refuses a date order it does not know, naming the field', async () => {
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: { name: 'Maya', dateOrder: 'sideways' },
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.json()).toMatchObject({ problems: [{ field: 'dateOrder' }] });
  });

  it('gives no notes when the line could mean only one day', async () => {
    const logged = await logLine('coffee with Ana Lopez yesterday');
    expect(logged.json()).toMatchObject({ notes: [] });
  });
});

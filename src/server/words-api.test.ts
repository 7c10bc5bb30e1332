import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

/** A stand-in for an OpenAI-compatible server: answers, fails, or hangs, as a test asks. */
function startFakeModel(mode: {
  current: 'answer' | 'fail' | 'hang';
}): Promise<{ url: string; server: Server; seen: unknown[] }> {
  const seen: unknown[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({
        url: request.url,
        auth: request.headers.authorization,
        body: JSON.parse(body) as unknown,
      });
      if (mode.current === 'hang') return;
      if (mode.current === 'fail') {
        response.writeHead(500).end('boom');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          choices: [
            {
              message: {
                role: 'assistant',
                content:
                  'Hi Ana, loved your talk on causal inference. Could I ask you two questions about data roles at Acme?',
              },
            },
          ],
        }),
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen }),
    ),
  );
}

describeEachDialectAndMode('words API', ({ store, mode: signIn }) => {
  let app: TestApp;
  let ana: number;
  let ben: number;
  const mode: { current: 'answer' | 'fail' | 'hang' } = { current: 'answer' };
  let model: Awaited<ReturnType<typeof startFakeModel>>;

  beforeAll(async () => {
    model = await startFakeModel(mode);
    app = await buildAppIn(signIn, {
      store: store(),
      now,
      webRoot: null,
      llm: { url: model.url, model: 'tiny', key: 'secret', timeoutMs: 300 },
    });
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: {
        name: 'Sam Rivera',
        headline: 'Data analyst',
        goal: 'job-search',
        targetRoles: ['Product Analyst'],
      },
    });
    ana = (
      await app.inject({
        method: 'POST',
        url: '/api/people',
        payload: {
          name: 'Ana Lopez',
          company: 'Acme',
          title: 'Data Lead',
          needs: 'hiring analysts',
        },
      })
    ).json<{ id: number }>().id;
    ben = (
      await app.inject({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Ben Ng', howWeMet: 'PyData Lisbon' },
      })
    ).json<{ id: number }>().id;
  });
  afterAll(async () => {
    await app.close();
    model.server.close();
  });

  it('drafts an advice request that marks unknown facts as blanks and checks its tone', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: ana, intent: 'ask-advice' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      draft: { parts: Array<{ body: string }>; wordCount: number };
      tone: { score: number };
    }>();
    expect(body.draft.parts[0]?.body).toContain('Ana');
    expect(body.draft.wordCount).toBeLessThanOrEqual(120);
    expect(body.tone.score).toBeGreaterThan(0);
  });

  it('drafts a double opt-in intro request with a note to the connector and a forwardable blurb', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: ana, intent: 'request-intro', connectorId: ben },
    });
    const parts = response.json<{ draft: { parts: Array<{ to: string }> } }>().draft.parts;
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]?.to).toContain('Ben');
  });

  it('refuses a draft to someone marked do not contact with 409, and drafts with a warning once acknowledged', async () => {
    const kate = (
      await app.inject({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Kate Morrison', doNotContact: true },
      })
    ).json<{ id: number }>().id;
    const refused = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: kate, intent: 'reconnect' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain(
      'You marked Kate Morrison as do not contact',
    );
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: kate, intent: 'reconnect', acknowledgeDoNotContact: true },
    });
    expect(accepted.statusCode).toBe(200);
    const body = accepted.json<{
      draft: { warning: string; reason: null };
      tone: { verdict: string };
    }>();
    expect(body.draft.warning).toContain('Send this only if');
    expect(body.draft.reason).toBeNull();
    expect(body.tone.verdict).not.toMatch(/send it/i);
  });

  it('answers "fill in the blanks first" from the tone check while a [blank] remains', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/tone',
      payload: { text: 'Hi Ana,\n\nCongratulations on [their news]!\n\nSam' },
    });
    expect(response.json<{ verdict: string }>().verdict).toMatch(
      /^Fill in the blanks first: \[their news\]/,
    );
  });

  it('says which intents exist when given an unknown one', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: ana, intent: 'grovel' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ detail: string }>().detail).toContain('ask-advice');
  });

  it('answers an unknown person with 404', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: 9999, intent: 'reconnect' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('polishes with the model, then checks the tone of what came back', async () => {
    mode.current = 'answer';
    const response = await app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: { personId: ana, intent: 'ask-advice', polish: true },
    });
    const body = response.json<{
      polished: string;
      notice: string | null;
      tone: { wordCount: number };
    }>();
    expect(body.polished).toContain('causal inference');
    expect(body.notice).toBeNull();
    expect(body.tone.wordCount).toBe(body.polished.split(/\s+/).length);
    expect(model.seen.at(-1)).toMatchObject({
      url: '/v1/chat/completions',
      auth: 'Bearer secret',
      body: { model: 'tiny' },
    });
  });

  it.each(['fail', 'hang'] as const)(
    'falls back to the template with a notice when the model %ss',
    async (failure) => {
      mode.current = failure;
      const response = await app.inject({
        method: 'POST',
        url: '/api/drafts',
        payload: { personId: ana, intent: 'ask-advice', polish: true },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{
        polished: string | null;
        notice: string;
        draft: { parts: unknown[] };
      }>();
      expect(body.polished).toBeNull();
      expect(body.notice).toMatch(/template draft/);
      expect(body.draft.parts.length).toBeGreaterThan(0);
    },
  );

  it('checks tone with exact spans and context', async () => {
    const text = "Sorry to bother you, I know you're busy but I'm desperate for any job!!!";
    const response = await app.inject({
      method: 'POST',
      url: '/api/tone',
      payload: { text, context: { stage: 'stranger' } },
    });
    const report = response.json<{
      findings: Array<{ category: string; start: number; end: number; excerpt: string }>;
    }>();
    const categories = report.findings.map((f) => f.category);
    expect(categories).toEqual(expect.arrayContaining(['over-apologising', 'desperation']));
    for (const finding of report.findings)
      expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
  });

  it('refuses an empty message with the field named', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/tone',
      payload: { text: '  ' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ problems: [{ field: 'text' }] });
  });

  it('logs a sent ask and starts the follow-up sequence on the person page', async () => {
    const sent = await app.inject({
      method: 'POST',
      url: '/api/drafts/sent',
      payload: { personId: ana, intent: 'ask-advice', summary: 'Asked about data roles' },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ kind: 'ask', direction: 'outbound', expectsReply: true });
    const page = await app.inject({ method: 'GET', url: `/api/people/${ana}` });
    expect(page.json()).toMatchObject({
      followUp: { state: 'waiting', step: 1, dueOn: '2026-12-02' },
    });
  });

  it('offers questions that fit the person', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/people/${ana}/questions` });
    const body = response.json<{
      informational: string[];
      starters: string[];
      followUps: string[];
    }>();
    expect(body.informational.length).toBeGreaterThan(3);
  });

  it('builds a value statement from the brand and keeps offers apart from the onboarding answers', async () => {
    const empty = await app.inject({ method: 'GET', url: '/api/brand' });
    expect(
      empty.json<{ suggestion: { blanks: string[] }; suggestedOffers: unknown[] }>().suggestion
        .blanks.length,
    ).toBeGreaterThan(0);
    expect(empty.json<{ suggestedOffers: unknown[] }>().suggestedOffers.length).toBeGreaterThan(0);

    const saved = await app.inject({
      method: 'PUT',
      url: '/api/brand',
      payload: {
        strengths: ['SQL', 'clear dashboards'],
        whoIHelp: 'small health nonprofits',
        howIHelp: 'turn messy data into decisions',
        interests: ['cycling'],
      },
    });
    const brand = saved.json<{ suggestion: { statement: string }; profile: { name: string } }>();
    expect(brand.suggestion.statement).toContain('small health nonprofits');
    expect(brand.profile.name).toBe('Sam Rivera');

    const offers = await app.inject({
      method: 'PUT',
      url: '/api/offers',
      payload: { offers: [{ category: 'feedback', detail: 'CV reviews' }] },
    });
    expect(offers.json()).toMatchObject({
      profile: {
        offers: [{ category: 'feedback', detail: 'CV reviews' }],
        strengths: ['SQL', 'clear dashboards'],
      },
    });

    const giveFirst = await app.inject({ method: 'GET', url: `/api/people/${ana}/offers` });
    expect(giveFirst.json()).toMatchObject({
      offerCount: 1,
      matches: [{ offer: { detail: 'CV reviews' } }],
    });

    const badOffer = await app.inject({
      method: 'PUT',
      url: '/api/offers',
      payload: { offers: [{ category: 'money', detail: '' }] },
    });
    expect(badOffer.statusCode).toBe(400);
  });
});

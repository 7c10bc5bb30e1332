// The shared playbook in Chromium, in server mode: a member posts a message after reviewing Kith's
// stripping check, another member votes, comments and saves it, then finds it in Compose written
// to one of their people, tone-checked; every playbook page runs under the strict policy.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { csrfHeader, csrfHeaderValue } from '../../src/core/request-headers.js';
import { createGroup } from '../../src/services/groups.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { insertMember } from '../../src/store/groups.repo.js';
import type { OpenStore } from '../../src/store/open.js';
import { makeSqlite } from '../dialects.js';
import { seriousFindings } from './axe.js';
import { describeInChromium, launchChromium, shot } from './browser.js';
import { watchPolicy } from './csp-watch.js';

const password = 'correct horse battery';

describeInChromium('the playbook browser tests')('the shared playbook in Chromium', () => {
  let browser: Browser | undefined;
  let server: RunningServer;
  let store: OpenStore;
  let cleanup: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const sqlite = await makeSqlite();
    store = sqlite.store;
    cleanup = sqlite.cleanup;
    server = await startServer({
      store,
      port: 0,
      host: '127.0.0.1',
      accounts: { signUp: 'open', notify: () => undefined },
    });
    url = server.url.replace('//localhost:', '//127.0.0.1:');
  });

  afterAll(async () => {
    await browser?.close();
    await server.close();
    await cleanup();
  });

  /** An account signed up and onboarded through the API: its id and its session cookie. */
  async function member(email: string, name: string) {
    const signedUp = await fetch(`${url}/api/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(signedUp.status).toBe(201);
    const { id } = (await signedUp.json()) as { id: string };
    const cookie = signedUp.headers.get('set-cookie')?.split(';')[0] ?? '';
    const api = async (method: string, path: string, body: object) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie, [csrfHeader]: csrfHeaderValue },
        body: JSON.stringify(body),
      });
      expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
      return (await response.json()) as { id: number };
    };
    await api('PUT', '/api/profile', { name, goal: 'job-search', weeklyMinutes: 60 });
    return { id, cookie, api };
  }

  async function pageFor(cookie: string): Promise<{ context: BrowserContext; page: Page }> {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const [name, value = ''] = cookie.split('=');
    await context.addCookies([{ name: name ?? 'kith_session', value, url }]);
    return { context, page: await context.newPage() };
  }

  test('a post after the strip review is voted, discussed, saved, and offered in Compose with its tone check', async () => {
    const poster = await member('poster@example.org', 'Pat Poster');
    const reader = await member('reader@example.org', 'Rae Reader');
    const now = () => new Date();
    const group = await createGroup(
      { store, accountId: poster.id, now },
      { name: 'Leeds job club' },
    );
    await insertMember(store, {
      account_id: reader.id,
      group_id: group.id,
      role: 'member',
      joined_at: now().toISOString(),
    });
    await poster.api('POST', '/api/people', {
      name: 'Ana Ruiz',
      company: 'Stripe',
      emails: ['ana@stripe.example'],
      notes: 'private: is leaving Stripe in spring',
    });
    const priya = await reader.api('POST', '/api/people', { name: 'Priya Natarajan' });

    const a = await pageFor(poster.cookie);
    const aPolicy = await watchPolicy(a.page);
    const errors: string[] = [];
    a.page.on('pageerror', (error) => errors.push(error.message));
    try {
      await a.page.goto(`${url}/#/playbook`);
      await a.page.getByRole('heading', { name: 'Leeds job club: the playbook' }).waitFor();
      await a.page.getByLabel('Title').fill('Sorry, then two questions');
      await a.page
        .getByLabel('What you wrote or learned')
        .fill(
          'Hi Ana, sorry to bother you, I know you are very busy. Could I ask you two quick questions about the payments team at Stripe? I can write to ana@stripe.example if easier.',
        );
      await a.page.getByRole('button', { name: 'Check for names and details' }).click();
      await a.page.getByTestId('strip-review').waitFor();
      const body = a.page.getByLabel('Your text, as the group will see it');
      expect(await body.inputValue()).toBe(
        'Hi [name], sorry to bother you, I know you are very busy. Could I ask you two quick questions about the payments team at [company]? I can write to [email] if easier.',
      );
      await shot(a.page, 'playbook-01-strip-review');
      expect(await seriousFindings(a.page)).toEqual([]);

      // The member puts a name back by mistake; the server names what is left and posts nothing.
      await body.fill(`${await body.inputValue()} Thanks, Ana!`);
      await a.page.getByRole('button', { name: 'Post to Leeds job club' }).click();
      await a.page.getByText('still has "Ana" from your own contacts', { exact: false }).waitFor();
      await body.fill((await body.inputValue()).replace(' Thanks, Ana!', ''));
      await a.page.getByRole('button', { name: 'Post to Leeds job club' }).click();
      await a.page.getByText('Posted. Thank you for sharing.').waitFor();
      await a.page.getByTestId('playbook-entry').getByText('Sorry, then two questions').waitFor();
      expect(await a.page.locator('main').textContent()).not.toContain('leaving Stripe');
      expect(await aPolicy.violations()).toEqual([]);
    } finally {
      await a.context.close();
    }

    const b = await pageFor(reader.cookie);
    const bPolicy = await watchPolicy(b.page);
    b.page.on('pageerror', (error) => errors.push(error.message));
    try {
      await b.page.goto(`${url}/#/today`);
      await b.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Playbook' })
        .click();
      const entry = b.page.getByTestId('playbook-entry').first();
      await entry.getByText('Shared by Pat Poster').waitFor();
      await entry.getByRole('button', { name: 'Vote · 0' }).click();
      await entry.getByRole('button', { name: 'Voted · 1' }).waitFor();
      await entry.getByRole('link', { name: 'Sorry, then two questions' }).click();
      await b.page.getByRole('heading', { name: 'Sorry, then two questions', level: 1 }).waitFor();
      await b.page
        .getByLabel('Add a comment')
        .fill('I will try this <b>tomorrow</b>; DROP TABLE people;');
      await b.page.getByRole('button', { name: 'Comment' }).click();
      await b.page
        .getByTestId('playbook-comments')
        .getByText('I will try this <b>tomorrow</b>; DROP TABLE people;')
        .waitFor();
      await b.page.getByRole('button', { name: 'Save to my templates' }).click();
      await b.page.getByRole('button', { name: 'Saved to your templates' }).waitFor();
      await shot(b.page, 'playbook-02-entry');
      expect(await seriousFindings(b.page)).toEqual([]);
      expect(await bPolicy.violations()).toEqual([]);

      await b.page.goto(`${url}/#/playbook/templates`);
      await b.page
        .getByTestId('playbook-template')
        .getByText('Saved from Leeds job club')
        .waitFor();
      expect(await seriousFindings(b.page)).toEqual([]);
      expect(await bPolicy.violations()).toEqual([]);

      await b.page.goto(`${url}/#/people/${priya.id}/compose`);
      const templates = b.page.getByTestId('compose-templates');
      await templates.getByRole('heading', { name: 'From your templates' }).waitFor();
      const text = templates.getByRole('textbox', { name: 'Sorry, then two questions' });
      expect(await text.inputValue()).toMatch(/^Hi Priya, sorry to bother you/);
      const tone = b.page.getByTestId('template-0-tone');
      await tone.getByText('/100').waitFor();
      expect(await tone.locator('.finding').count()).toBeGreaterThan(0);
      await b.page.getByTestId('template-0-blanks').getByText('[company]').waitFor();
      await shot(b.page, 'playbook-03-compose');
      expect(await seriousFindings(b.page)).toEqual([]);
      expect(await bPolicy.violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await b.context.close();
    }
  }, 180_000);
});

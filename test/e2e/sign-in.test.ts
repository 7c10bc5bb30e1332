// Server mode in Chromium: sign up by invitation, sign in, see only your own people, sign out.
import { csrfHeader, csrfHeaderValue } from '../../src/core/request-headers.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { makeSqlite } from '../dialects.js';
import { lastSecret } from '../server-mode.js';
import { describeInChromium, launchChromium, shot } from './browser.js';

const password = 'correct horse battery';

describeInChromium('the sign-in browser tests')('server mode in Chromium', () => {
  let browser: Browser | undefined;
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  const lines: string[] = [];
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const sqlite = await makeSqlite();
    cleanup = sqlite.cleanup;
    server = await startServer({
      store: sqlite.store,
      port: 0,
      host: '127.0.0.1',
      accounts: { signUp: 'invitation', notify: (line) => void lines.push(line) },
    });
    url = server.url.replace('//localhost:', '//127.0.0.1:');
  });

  afterAll(async () => {
    await browser?.close();
    await server.close();
    await cleanup();
  });

  /** The owner signs up through the first-start link, adds a person, and invites a member. */
  async function ownerInvites(): Promise<void> {
    const json = { 'content-type': 'application/json' };
    const signUp = await fetch(`${url}/api/accounts`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        email: 'owner@example.org',
        password,
        invitation: lastSecret(lines, 'invitation'),
      }),
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.get('set-cookie')?.split(';')[0] ?? '';
    // A script holding a session cookie must send the header Kith's own page sends (CSRF).
    const headers = { ...json, cookie, [csrfHeader]: csrfHeaderValue };
    const added = await fetch(`${url}/api/people`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Olga Ownerly', company: 'Private Co' }),
    });
    expect(added.status).toBe(201);
    const invited = await fetch(`${url}/api/invitations`, { method: 'POST', headers, body: '{}' });
    expect(invited.status).toBe(201);
  }

  test('a member signs up by invitation, sees only their own people, signs out and back in', async () => {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    await ownerInvites();
    const invitation = `${url}/sign-up?invitation=${encodeURIComponent(lastSecret(lines, 'invitation'))}`;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      // Signed out, the app shows the door, not anyone's data.
      await page.goto(url);
      await page.getByRole('heading', { name: 'Sign in to Kith' }).waitFor();
      await shot(page, 'server-01-sign-in');

      await page.goto(invitation);
      await page.getByRole('heading', { name: 'Create your account' }).waitFor();
      await page.getByLabel('Email').fill('Member@Example.org');
      await page.getByLabel('Password').fill(password);
      await shot(page, 'server-02-sign-up');
      await page.getByRole('button', { name: 'Create account' }).click();

      // A new account starts at onboarding, like a new install.
      await page.getByRole('heading', { name: 'Welcome to Kith' }).waitFor();
      await page.getByLabel('Your name').fill('Mo Member');
      await page.getByLabel('Job search').check();
      await page.getByRole('button', { name: 'Save and start' }).click();
      await page.getByTestId('people-empty').waitFor();
      const added = await page.request.post(`${url}/api/people`, {
        data: { name: 'Mina Mine', company: 'My Co' },
        headers: { [csrfHeader]: csrfHeaderValue },
      });
      expect(added.status()).toBe(201);
      await page.goto(`${url}/#/today`);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'People' })
        .click();
      await page
        .getByRole('link', { name: /Mina Mine/ })
        .first()
        .waitFor();
      expect(await page.locator('main').textContent()).not.toContain('Olga Ownerly');
      await shot(page, 'server-03-own-people');

      // Sign out from the account page; the app is closed again.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Account' })
        .click();
      await page.getByText('Signed in as member@example.org').waitFor();
      await shot(page, 'server-04-account');
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await page.getByRole('heading', { name: 'Sign in to Kith' }).waitFor();
      expect((await page.request.get(`${url}/api/people`)).status()).toBe(401);

      // A wrong password is refused with the same words as an unknown email; the right one works.
      await page.getByLabel('Email').fill('member@example.org');
      await page.getByLabel('Password').fill('not my password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'do not match an account' }).waitFor();
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Account' }).waitFor();
      await nav.getByRole('link', { name: 'People' }).click();
      await page
        .getByRole('link', { name: /Mina Mine/ })
        .first()
        .waitFor();
      expect(await page.locator('main').textContent()).not.toContain('Olga Ownerly');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

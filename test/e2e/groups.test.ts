// Groups in Chromium, in server mode: the owner starts a group and invites; a second account joins
// by the link and hides one person; the group sees the company line, the owner sees the charts;
// and every group page runs under the strict Content-Security-Policy without a violation.
import { csrfHeader, csrfHeaderValue } from '../../src/core/request-headers.js';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { announceFirstOwner } from '../../src/server/server-mode.js';
import { makeSqlite } from '../dialects.js';
import { lastSecret } from '../server-mode.js';
import { describeInChromium, launchChromium, shot } from './browser.js';
import { seriousFindings } from './axe.js';
import { watchPolicy } from './csp-watch.js';

const password = 'correct horse battery';

describeInChromium('the group browser tests')('groups in Chromium', () => {
  let browser: Browser | undefined;
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  const lines: string[] = [];
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const sqlite = await makeSqlite();
    cleanup = sqlite.cleanup;
    const accounts = {
      signUp: 'invitation' as const,
      notify: (line: string) => void lines.push(line),
    };
    server = await startServer({ store: sqlite.store, port: 0, host: '127.0.0.1', accounts });
    url = server.url.replace('//localhost:', '//127.0.0.1:');
    await announceFirstOwner({ store: sqlite.store, accounts }, url);
  });

  afterAll(async () => {
    await browser?.close();
    await server.close();
    await cleanup();
  });

  /** Signs up through the API and saves a profile; the answer is the session cookie's value. */
  async function account(email: string, name: string, invitation: string): Promise<string> {
    const json = { 'content-type': 'application/json' };
    const made = await fetch(`${url}/api/accounts`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password, invitation }),
    });
    expect(made.status).toBe(201);
    const cookie = made.headers.get('set-cookie')?.split(';')[0] ?? '';
    const profile = await api(cookie, 'PUT', '/api/profile', {
      name,
      goal: 'job-search',
      weeklyMinutes: 60,
    });
    expect(profile.status).toBe(200);
    return cookie;
  }

  function api(cookie: string, method: string, path: string, body?: unknown) {
    return fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, [csrfHeader]: csrfHeaderValue },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function contextWith(cookie: string): Promise<BrowserContext> {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name = '', value = ''] = cookie.split('=');
    await context.addCookies([{ name, value, url }]);
    return context;
  }

  test('an owner starts a group and invites; a member joins, hides one person; the group sees the company line and the charts', async () => {
    const owner = await account('owner@example.org', 'Olu Owner', lastSecret(lines, 'invitation'));
    expect((await api(owner, 'POST', '/api/invitations', {})).status).toBe(201);
    const member = await account('mo@example.org', 'Mo Member', lastSecret(lines, 'invitation'));
    const add = async (person: object) =>
      ((await (await api(member, 'POST', '/api/people', person)).json()) as { id: number }).id;
    const ana = await add({
      name: 'Ana Ruiz',
      company: 'Stripe',
      title: 'Product',
      notes: 'private: thinking of leaving',
    });
    const ben = await add({ name: 'Ben Okafor', company: 'Wise', title: 'Data' });
    const today = new Date().toISOString().slice(0, 10);
    const logged = await api(member, 'POST', '/api/interactions', {
      personId: ana,
      occurredOn: today,
      channel: 'call',
      summary: 'private chat about her team',
    });
    expect(logged.status).toBe(201);

    const ownerContext = await contextWith(owner);
    const memberContext = await contextWith(member);
    const ownerPage = await ownerContext.newPage();
    const memberPage = await memberContext.newPage();
    const pageErrors: string[] = [];
    for (const page of [ownerPage, memberPage])
      page.on('pageerror', (e) => pageErrors.push(e.message));
    const ownerPolicy = await watchPolicy(ownerPage);
    const memberPolicy = await watchPolicy(memberPage);
    try {
      // The owner starts a group from the Groups page and makes a member's link.
      await ownerPage.goto(`${url}/#/today`);
      await ownerPage
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Groups' })
        .click();
      await ownerPage.getByRole('heading', { name: 'Groups', level: 1 }).waitFor();
      await ownerPage.getByLabel('Group name').fill('Leeds job club');
      await ownerPage.getByRole('button', { name: 'Start the group' }).click();
      await ownerPage.getByRole('heading', { name: 'Leeds job club', level: 1 }).waitFor();
      await ownerPage.getByRole('button', { name: 'Make an invitation link' }).click();
      const link = (await ownerPage.getByTestId('group-invite-link').textContent()) ?? '';
      expect(link).toContain('/join-group?invitation=');
      await shot(ownerPage, 'groups-01-owner-invites');

      // The second account opens the link signed in and joins.
      await memberPage.goto(link);
      await memberPage.getByRole('heading', { name: 'Join a group' }).waitFor();
      await shot(memberPage, 'groups-02-join');
      await memberPage.getByRole('button', { name: 'Join the group' }).click();
      await memberPage.getByRole('heading', { name: 'Leeds job club', level: 1 }).waitFor();
      await memberPage.getByTestId('group-members').getByText('Mo Member (you)').waitFor();

      // On Ben's page the member hides him from their groups.
      await memberPage.goto(`${url}/#/people/${ben}`);
      const sharing = memberPage.getByTestId('person-sharing');
      await sharing.getByLabel(/Company only/).waitFor();
      expect(await sharing.getByLabel(/Company only/).isChecked()).toBe(true);
      await sharing.getByLabel(/^Hidden/).check();
      await sharing.getByText('Saved: Hidden.').waitFor();
      await shot(memberPage, 'groups-03-person-sharing');
      expect(await seriousFindings(memberPage)).toEqual([]);

      // The group sees Ana's company line with whom to ask, and nothing of Ben, notes or talks.
      await ownerPage.reload();
      const network = ownerPage.getByTestId('group-network');
      await network.getByText('I know someone at Stripe (Product)').waitFor();
      await network.getByText('ask Mo Member').waitFor();
      const seen = (await network.textContent()) ?? '';
      for (const hidden of ['Wise', 'Ben', 'Ana', 'private']) expect(seen).not.toContain(hidden);

      // The owner's dashboard draws each member's weeks as SVG, with the figures in a table.
      const dashboard = ownerPage.getByTestId('group-dashboard');
      await dashboard.getByTestId('actions-chart').first().waitFor();
      expect(await dashboard.getByTestId('actions-chart').count()).toBe(2);
      const moChart = dashboard.getByRole('img', { name: /Mo Member: 1 actions in 8 weeks/ });
      await moChart.waitFor();
      expect(await moChart.locator('rect.bar').count()).toBe(8);
      const table = dashboard.getByTestId('dashboard-table');
      await table.getByRole('rowheader', { name: 'Mo Member' }).waitFor();
      expect((await dashboard.textContent()) ?? '').not.toContain('Ana');
      await shot(ownerPage, 'groups-04-network-and-dashboard');
      expect(await seriousFindings(ownerPage)).toEqual([]);

      // The member sees who the group knows but not the dashboard.
      await memberPage.goto(`${url}/#/groups`);
      await memberPage.getByRole('link', { name: 'Leeds job club' }).click();
      await memberPage.getByTestId('group-network').getByText('— you').waitFor();
      expect(await memberPage.getByTestId('group-dashboard').count()).toBe(0);

      expect(await ownerPolicy.violations()).toEqual([]);
      expect(await memberPolicy.violations()).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await ownerContext.close();
      await memberContext.close();
    }
  }, 180_000);
});

// The Content-Security-Policy in a real browser: every page of the built web app, and /docs, load with no violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { googleCsv, phoneVCard } from './contact-files.js';
import { watchPolicy } from './csp-watch.js';
import {
  apiJson,
  describeInChromium,
  launchChromium,
  openKith,
  seedProfile,
  type Kith,
} from './browser.js';

describeInChromium('the Content-Security-Policy checks')('the policy in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('every page of the web app runs under the strict policy without a single violation, and its changes pass the CSRF check', async () => {
    const kith: Kith = await openKith(browser);
    const { page } = kith;
    const policy = await watchPolicy(page);
    // A cookie on every request, as when signed in: each change the page makes must then pass
    // the CSRF check, which proves the web app's API layer sends its header on every call.
    await page.context().addCookies([{ name: 'kith_session', value: 'signed-in', url: kith.url }]);
    const at = async (hash: string, ready: (p: Page) => Promise<unknown>) => {
      await page.goto(`${kith.url}/#/${hash}`);
      await ready(page);
      expect(await policy.violations(), `on #/${hash}`).toEqual([]);
    };
    try {
      const first = await page.goto(kith.url);
      expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('heading', { name: 'Welcome to Kith' }).waitFor();
      expect(await policy.violations()).toEqual([]);

      await seedProfile(kith.url);
      await page.reload();
      // Through the page's own API layer: the import form sends the CSRF header as every call does.
      await at('import', (p) =>
        p.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor(),
      );
      await page.getByLabel('Choose files').setInputFiles([
        { name: 'phone.vcf', mimeType: 'text/vcard', buffer: Buffer.from(phoneVCard) },
        { name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(googleCsv) },
      ]);
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByTestId('import-preview').waitFor();
      await page.getByRole('button', { name: 'Import now' }).click();
      await page.getByTestId('import-result').waitFor();
      expect(await policy.violations()).toEqual([]);

      const demo = await page.evaluate(async () => {
        const response = await fetch('/api/demo', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kith-csrf': '1' },
          body: '{}',
        });
        return response.status;
      });
      expect([201, 409]).toContain(demo);
      const { people } = await apiJson<{ people: Array<{ id: number }> }>(`${kith.url}/api/people`);
      const someone = people[0]?.id;
      if (someone === undefined) throw new Error('the network has people');

      await at('today', (p) => p.getByRole('heading', { level: 1 }).first().waitFor());
      await at('people', (p) => p.getByTestId('people-summary').waitFor());
      await at(`people/${someone}`, (p) => p.getByTestId('coach-card').waitFor());
      await at(`people/${someone}/edit`, (p) => p.getByLabel('Name (required)').waitFor());
      await at(`people/${someone}/compose`, (p) =>
        p.getByRole('button', { name: 'Ask for advice', exact: true }).waitFor(),
      );
      await page.getByRole('button', { name: 'Ask for advice', exact: true }).click();
      await page.getByTestId('compose-part-0-tone').getByText('/100').waitFor();
      await page.getByRole('button', { name: 'Log as sent' }).click();
      await page.getByTestId('follow-up').waitFor();
      expect(await policy.violations()).toEqual([]);
      await at('progress', (p) =>
        p.getByTestId('chart-weekly').locator('canvas').first().waitFor(),
      );
      await at('duplicates', (p) => p.getByRole('heading', { level: 1 }).first().waitFor());
      await at('profile', (p) => p.getByTestId('backup').waitFor());
      // The playbook's own pages are checked signed in (playbook.test.ts); here, one person's Kith
      // says they need accounts.
      await at('playbook', (p) =>
        p.getByText(/Groups and playbooks need a Kith with accounts/).waitFor(),
      );
      await at('nowhere', (p) =>
        p.getByRole('heading', { name: 'Nothing at this address' }).waitFor(),
      );
      expect(kith.pageErrors).toEqual([]);
    } finally {
      await kith.stop();
    }
  }, 240_000);

  test('the API docs at /docs render under their own policy without a violation', async () => {
    const kith = await openKith(browser);
    const { page } = kith;
    const policy = await watchPolicy(page);
    try {
      const response = await page.goto(`${kith.url}/docs/`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByText('Kith API').first().waitFor();
      await page.locator('.opblock').first().waitFor();
      // Open one operation, which draws more of Swagger UI's markup.
      await page.locator('.opblock-summary').first().click();
      await page.locator('.opblock-body').first().waitFor();
      expect(await policy.violations()).toEqual([]);
      expect(kith.pageErrors).toEqual([]);
    } finally {
      await kith.stop();
    }
  }, 120_000);
});

// Accessibility: axe-core on every page of the web app, at desk and phone width, in Debian's Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seriousFindings } from './axe.js';
import { googleCsv, phoneVCard } from './contact-files.js';
import {
  addPersonByApi,
  apiJson,
  describeInChromium,
  launchChromium,
  openKith,
  seedProfile,
  shot,
  type Kith,
} from './browser.js';

const widths = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

/** Checks the page at each width; `ready` says the page has drawn what it will draw. */
async function expectAccessible(
  kith: Kith,
  name: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<void> {
  const { page } = kith;
  for (const viewport of widths) {
    await page.setViewportSize(viewport);
    await ready(page);
    const findings = await seriousFindings(page);
    if (findings.length > 0) await shot(page, `a11y-failed-${name}-${viewport.width}px`);
    expect(findings, `${name} at ${viewport.width} px`).toEqual([]);
  }
}

describeInChromium('the accessibility checks')('every page passes axe-core', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a new user’s pages: onboarding, the empty plan and network, and adding a person with a mistake', async () => {
    const kith = await openKith(browser);
    const { page } = kith;
    const at = async (hash: string) => page.goto(`${kith.url}/#/${hash}`);
    try {
      await page.goto(kith.url);
      await expectAccessible(kith, 'onboarding', (p) =>
        p.getByRole('heading', { name: 'Welcome to Kith' }).waitFor(),
      );
      await seedProfile(kith.url);
      await page.reload();

      await at('today');
      await expectAccessible(kith, 'today-empty', (p) => p.getByTestId('today-empty').waitFor());
      await at('people');
      await expectAccessible(kith, 'people-empty', (p) => p.getByTestId('people-empty').waitFor());

      // The person form, fresh and then with a field's error shown beside it.
      await at('people/new');
      await expectAccessible(kith, 'new-person', (p) =>
        p.getByRole('heading', { name: 'Add a person' }).waitFor(),
      );
      await page.getByLabel('Name (required)').fill('Ana Lopez');
      await page.getByLabel('Email addresses').fill('ana at example');
      await page.getByRole('button', { name: 'Add person' }).click();
      await expectAccessible(kith, 'new-person-error', (p) =>
        p.getByTestId('person-emails-error').waitFor(),
      );

      expect(kith.pageErrors).toEqual([]);
    } finally {
      await kith.stop();
    }
  }, 240_000);

  test('importing and reviewing duplicates, the profile, and an unknown address', async () => {
    const kith = await openKith(browser);
    const { page } = kith;
    const at = async (hash: string) => page.goto(`${kith.url}/#/${hash}`);
    try {
      await seedProfile(kith.url);
      await at('duplicates');
      await expectAccessible(kith, 'duplicates-empty', (p) =>
        p.getByTestId('duplicates-empty').waitFor(),
      );

      // Import: the empty form, a preview with a problem line, the result, then the pair to check.
      await at('import');
      await expectAccessible(kith, 'import', (p) =>
        p.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor(),
      );
      await page.getByLabel('Choose files').setInputFiles([
        { name: 'phone.vcf', mimeType: 'text/vcard', buffer: Buffer.from(phoneVCard) },
        { name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(googleCsv) },
      ]);
      await page.getByRole('button', { name: 'Preview' }).click();
      await expectAccessible(kith, 'import-preview', (p) =>
        p.getByTestId('import-preview').waitFor(),
      );
      await page.getByRole('button', { name: 'Import now' }).click();
      await expectAccessible(kith, 'import-done', (p) => p.getByTestId('import-result').waitFor());
      await at('duplicates');
      await expectAccessible(kith, 'duplicates', (p) =>
        p.getByRole('list', { name: 'Pairs to check' }).waitFor(),
      );

      await at('profile');
      await expectAccessible(kith, 'profile', async (p) => {
        await p.getByTestId('brand').waitFor();
        await p.getByTestId('offers').waitFor();
        await p.getByTestId('backup').waitFor();
      });

      await at('nowhere');
      await expectAccessible(kith, 'not-found', (p) =>
        p.getByRole('heading', { name: 'Nothing at this address' }).waitFor(),
      );
      expect(kith.pageErrors).toEqual([]);
    } finally {
      await kith.stop();
    }
  }, 240_000);

  test('a full network’s pages: today’s plan, people, a person, editing them, and progress', async () => {
    const kith = await openKith(browser);
    const { page } = kith;
    const at = async (hash: string) => page.goto(`${kith.url}/#/${hash}`);
    try {
      const demo = await fetch(`${kith.url}/api/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(demo.status).toBe(201);
      const { people } = await apiJson<{ people: Array<{ id: number }> }>(`${kith.url}/api/people`);
      const someone = people[0]?.id;
      if (someone === undefined) throw new Error('the demo has people');

      await at('today');
      await expectAccessible(kith, 'today', (p) =>
        p.getByRole('list', { name: 'Today’s plan' }).waitFor(),
      );
      await at('people');
      await expectAccessible(kith, 'people', (p) => p.getByTestId('people-summary').waitFor());
      await at(`people/${someone}`);
      await expectAccessible(kith, 'person', (p) => p.getByTestId('coach-card').waitFor());
      await at(`people/${someone}/edit`);
      await expectAccessible(kith, 'edit-person', (p) => p.getByLabel('Name (required)').waitFor());
      await at('progress');
      await expectAccessible(kith, 'progress', (p) =>
        p.getByTestId('chart-weekly').locator('canvas').first().waitFor(),
      );
      expect(kith.pageErrors).toEqual([]);
    } finally {
      await kith.stop();
    }
  }, 240_000);

  test('writing to someone: choosing what to write, a draft under its tone check, an introduction request, and the follow-up it plans', async () => {
    const kith = await openKith(browser);
    const { page } = kith;
    const at = async (hash: string) => page.goto(`${kith.url}/#/${hash}`);
    try {
      await seedProfile(kith.url);
      const someone = await addPersonByApi(kith.url, {
        name: 'Ana Lopez',
        title: 'Data Lead',
        company: 'Northwind Health',
        interests: ['open data'],
      });
      await addPersonByApi(kith.url, { name: 'Bo Park', company: 'Acme' });

      // Compose: choosing what to write, a draft under its tone check, marks, and an intro request.
      await at(`people/${someone}/compose`);
      await expectAccessible(kith, 'compose-pick', (p) =>
        p.getByRole('button', { name: 'Ask for advice', exact: true }).waitFor(),
      );
      await page.getByRole('button', { name: 'Ask for advice', exact: true }).click();
      const tone = page.getByTestId('compose-part-0-tone');
      await expectAccessible(kith, 'compose-draft', () => tone.getByText('/100').waitFor());
      await page
        .getByRole('textbox', { name: 'Message', exact: true })
        .fill("Hi,\n\nSorry to bother you, I'm desperate for any job!!!\n\nMaya");
      await expectAccessible(kith, 'compose-tone', (p) =>
        p.locator('.marked-mirror mark.mark-high').first().waitFor(),
      );
      await page.getByRole('button', { name: 'Change what you’re writing' }).click();
      await page.getByRole('button', { name: 'Ask for an introduction', exact: true }).click();
      await page.getByLabel(/^Who could introduce you to/).fill('Bo');
      await page.getByRole('button', { name: /Bo Park/ }).click();
      await expectAccessible(kith, 'compose-intro', (p) =>
        p.getByRole('textbox', { name: 'Note to Bo' }).waitFor(),
      );

      // Logged as sent, the ask leaves a follow-up card on the person's page.
      await at(`people/${someone}/compose?intent=ask-advice`);
      await page.getByTestId('draft').waitFor();
      await page.getByRole('button', { name: 'Log as sent' }).click();
      await expectAccessible(kith, 'person-follow-up', (p) => p.getByTestId('follow-up').waitFor());

      expect(kith.pageErrors).toEqual([]);
    } finally {
      await kith.stop();
    }
  }, 240_000);
});

// End to end: the built web app in Debian's Chromium, against the real server on a temp SQLite store.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  addPersonByApi,
  apiJson,
  describeInChromium,
  launchChromium,
  openKith as openKithIn,
  root,
  seedProfile,
  shot,
  shotOf,
  type Kith,
} from './browser.js';
import { sentSummary } from '../../src/core/words/sent.js';
import { googleCsv, phoneVCard } from './contact-files.js';

describeInChromium('the web end-to-end tests')('the web app in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh store, a server on a free port and a new page: each flow starts from nothing. */
  function openKith(viewport?: { width: number; height: number }): Promise<Kith> {
    return openKithIn(browser, viewport);
  }

  test('a new user onboards, adds a person, and logs a coffee in one line that shows on the timeline', async () => {
    const kith = await openKith();
    const { page } = kith;
    const nav = page.getByRole('navigation', { name: 'Main' });
    try {
      // First visit: onboarding.
      await page.goto(kith.url);
      await page.getByRole('heading', { name: 'Welcome to Kith' }).waitFor();
      expect(page.url()).toContain('#/onboarding');
      expect(await page.getByLabel('Minutes a week for networking').inputValue()).toBe('60');
      await shot(page, '01-onboarding');
      await page.getByLabel('Your name').fill('Maya Chen');
      await page
        .getByLabel('What you do, in one line')
        .fill('Operations lead moving into product management');
      await page.getByLabel('Job search').check();
      await page.getByLabel("Roles you're aiming for").fill('Product Manager, Product Operations');
      await page.getByLabel("Industries you're interested in").fill('Health tech, Education');
      await page.getByRole('button', { name: 'Save and start' }).click();

      // An empty network coaches instead of showing a blank list.
      await page.getByTestId('people-empty').waitFor();
      expect(await page.getByTestId('people-empty').textContent()).toContain('No one here yet');
      await shot(page, '02-people-empty');

      // Add a person; a bad email is named next to its field, then fixed.
      await page.getByRole('link', { name: 'Add someone you know' }).click();
      await page.getByRole('heading', { name: 'Add a person' }).waitFor();
      await page.getByLabel('Name (required)').fill('Ana Lopez');
      await page.getByLabel('Job title').fill('Data Lead');
      await page.getByLabel('Company').fill('Northwind Health');
      await page.getByLabel('Location').fill('Lisbon');
      await page.getByLabel('Email addresses').fill('ana.lopez@example.com, ana at example');
      await page.getByLabel('Phone numbers').fill('+351 912 345 678');
      await page.getByLabel('LinkedIn profile address').fill('linkedin.com/in/ana-lopez');
      await page.getByLabel('How you met').fill('Product analytics meetup, October');
      await page.getByLabel('Their interests').fill('open data, climbing');
      await page.getByLabel('What they need right now').fill('A product analyst for her team');
      await page.getByLabel('What they could offer').fill('A view inside health-tech data teams');
      await page.getByLabel('Tags').fill('data, health-tech');
      await page.getByLabel('Notes').fill('Prefers short emails.');
      await page.getByRole('button', { name: 'Add person' }).click();
      const emailError = page.getByTestId('person-emails-error');
      await emailError.waitFor();
      expect(await emailError.textContent()).toContain('Entry 2');
      await shot(page, '03-person-form');
      await page.getByLabel('Email addresses').fill('ana.lopez@example.com');
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('heading', { name: 'Ana Lopez', level: 1 }).waitFor();
      expect(await page.getByText('A product analyst for her team').count()).toBe(1);

      // One line logs a coffee with her, found by name rather than added twice.
      await nav.getByRole('link', { name: 'People' }).click();
      await page.getByRole('button', { name: 'Log it' }).click();
      const lineError = page.locator('#log-line-error');
      await lineError.waitFor();
      expect(await lineError.textContent()).toMatch(/^Cannot be empty/);
      await page
        .getByLabel('Log a conversation in one line')
        .fill('coffee with Ana Lopez about data roles yesterday');
      await page.getByRole('button', { name: 'Log it' }).click();
      const logged = page.getByTestId('log-line-result');
      await logged.waitFor();
      expect(await logged.textContent()).toContain('Logged a meeting with Ana Lopez');
      expect(await page.getByTestId('people-summary').textContent()).toBe('Showing 1–1 of 1');

      // Searching narrows the list as you type, and says so when nothing matches.
      await page.getByLabel('Search your network').fill('northwind');
      await page.getByText('Showing 1–1 of 1 matching “northwind”').waitFor();
      await page.getByLabel('Search your network').fill('zebra');
      await page.getByText('No one matches “zebra”').waitFor();
      await page.getByLabel('Search your network').fill('');
      await page.getByText('Showing 1–1 of 1', { exact: true }).waitFor();
      await shot(page, '02-people');

      // The coffee is on her timeline; an email logged with the form lands above it, newest first.
      await logged.getByRole('link', { name: 'Ana Lopez' }).click();
      const timeline = page.getByTestId('timeline');
      await timeline.getByText('data roles').waitFor();
      await page.getByLabel('How').selectOption('email');
      await page.getByLabel('What kind').selectOption('give');
      await page
        .getByLabel('What you talked about')
        .fill('Sent her the product analytics reading list');
      await page.getByRole('button', { name: 'Log interaction' }).click();
      await timeline.getByText('reading list').waitFor();
      const entries = await timeline.locator('> li').allTextContents();
      expect(entries).toHaveLength(2);
      expect(entries[0]).toContain('reading list');
      expect(entries[1]).toContain('data roles');
      await shot(page, '04-person-timeline');

      // The profile keeps the onboarding answers and saves changes.
      await nav.getByRole('link', { name: 'Profile' }).click();
      await page.getByRole('heading', { name: 'Your profile' }).waitFor();
      expect(await page.getByLabel('Your name').inputValue()).toBe('Maya Chen');
      expect(await page.getByLabel("Roles you're aiming for").inputValue()).toBe(
        'Product Manager, Product Operations',
      );
      await page.getByLabel('Minutes a week for networking').fill('90');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByTestId('profile-saved').waitFor();
      await shot(page, '05-profile');

      // Removing a person asks first, then leaves the network empty again.
      await nav.getByRole('link', { name: 'People' }).click();
      await page
        .getByRole('list', { name: 'People' })
        .getByRole('link', { name: 'Ana Lopez' })
        .click();
      await page.getByRole('button', { name: 'Remove from Kith…' }).click();
      await page.getByRole('button', { name: 'Yes, remove Ana Lopez' }).click();
      await page.getByTestId('people-empty').waitFor();

      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-onboarding-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);

  async function listTotal(url: string): Promise<number> {
    const response = await fetch(`${url}/api/people`);
    return ((await response.json()) as { total: number }).total;
  }

  test('the demo network fills the people page a page at a time', async () => {
    const kith = await openKith({ width: 1200, height: 820 });
    const { page } = kith;
    try {
      await page.goto(kith.url);
      await page.getByRole('button', { name: 'Explore with a demo network first' }).click();
      const summary = page.getByTestId('people-summary');
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.textContent()).toBe('Showing 1–50 of 300');
      expect(await page.locator('.people > li').count()).toBe(50);
      await shot(page, '06-demo-people');
      await page.getByRole('button', { name: 'Next 50' }).click();
      await page.getByText('Showing 51–100 of 300').waitFor();
      expect(page.url()).toContain('offset=50');

      await page.setViewportSize({ width: 375, height: 812 });
      await page.getByRole('button', { name: 'Previous 50' }).click();
      await page.getByText('Showing 1–50 of 300').waitFor();
      await shot(page, '07-people-375px');
      await page.locator('.people > li a').first().click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await shot(page, '08-demo-person-375px');

      // Taking the demo out again leaves an empty network and brings onboarding back.
      await page.setViewportSize({ width: 1200, height: 820 });
      await page.goto(`${kith.url}/#/people`);
      await page.getByTestId('demo-banner').waitFor();
      await page.getByRole('button', { name: 'Remove the demo people' }).click();
      await page.getByRole('button', { name: 'Yes, remove the demo people' }).click();
      await page.waitForURL(/#\/onboarding/);
      expect(await listTotal(kith.url)).toBe(0);
      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-demo-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);

  test('today’s plan: Write it opens Compose with the intent, Log as sent marks the action done, and Progress and the person page show the coach (the README screenshot)', async () => {
    const kith = await openKith({ width: 1200, height: 820 });
    const { page } = kith;
    const nav = page.getByRole('navigation', { name: 'Main' });
    try {
      const demo = await fetch(`${kith.url}/api/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(demo.status).toBe(201);

      // Today is the home page: the date, the day's minutes, the goal, and a short plan.
      await page.goto(kith.url);
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      const plan = page.getByRole('list', { name: 'Today’s plan' });
      await plan.waitFor();
      expect(await page.getByText(/About \d+ minutes today/).count()).toBe(1);
      expect(await page.getByTestId('week-progress').textContent()).toMatch(/^0 of \d+ this week/);
      const { actions } = await apiJson<{ actions: PlanActionJson[] }>(`${kith.url}/api/today`);
      expect(actions.length).toBeGreaterThan(0);
      expect(await plan.locator('> li').count()).toBe(actions.length);
      const [first, second] = actions;
      if (!first) throw new Error('the demo plan has an action');
      const card = page.getByTestId(`action-${first.n}`);
      expect(await card.textContent()).toContain(first.kindLabel);
      expect(await card.textContent()).toContain(first.why);
      const before = await interactionCount(kith.url, first.personId);

      // Write it → Compose on that person with the action's intent, then Log as sent.
      await card.getByRole('link', { name: 'Write it' }).click();
      await page.getByTestId('draft').waitFor();
      expect(page.url()).toContain(
        `#/people/${first.personId}/compose?intent=${first.intent}&action=${first.n}`,
      );
      await page.getByRole('link', { name: '← Today’s plan' }).waitFor();
      await page.getByText('and mark it done in today’s plan').waitFor();
      await page.getByLabel('How you sent it').selectOption('message');
      await page.getByRole('button', { name: 'Log as sent' }).click();

      // Back on Today the action is done, logged once on the person's timeline.
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      expect(await page.getByTestId('flash').textContent()).toContain('marked done');
      const status = page.getByTestId(`action-${first.n}`).getByTestId('action-status');
      expect(await status.textContent()).toMatch(/^Done/);
      expect(await interactionCount(kith.url, first.personId)).toBe(before + 1);
      expect(await page.getByTestId('week-progress').textContent()).toMatch(/^1 of \d+ this week/);

      // Snooze another for a week; both stay as marked after a reload.
      if (second) {
        const other = page.getByTestId(`action-${second.n}`);
        await other.getByRole('button', { name: 'Snooze…' }).click();
        await other
          .getByRole('group', { name: /^Snooze / })
          .getByRole('button', { name: '7 days' })
          .click();
        expect(await other.getByTestId('action-status').textContent()).toMatch(/^Snoozed until/);
      }
      await page.reload();
      await plan.waitFor();
      expect(await status.textContent()).toMatch(/^Done/);
      if (second) {
        expect(
          await page.getByTestId(`action-${second.n}`).getByTestId('action-status').textContent(),
        ).toMatch(/^Snoozed/);
      }
      await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
      await shot(page, '16-today');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, '17-today-390px');

      // Progress: five charts drawn on canvas, each with a table for screen readers.
      await nav.getByRole('link', { name: 'Progress' }).click();
      await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
      for (const chart of ['weekly', 'replies', 'give-get', 'tiers', 'stages']) {
        await page.getByTestId(`chart-${chart}`).locator('canvas').first().waitFor();
      }
      expect(await page.getByRole('table', { name: 'Actions done each week' }).count()).toBe(1);
      expect(await page.getByTestId('chart-weekly').textContent()).toMatch(
        /1 done in the last 12 weeks/,
      );
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, '18-progress-390px');
      await page.setViewportSize({ width: 1200, height: 820 });
      await shot(page, '19-progress');

      // The person page: strength explained, tier and rhythm, and keep-in-touch choices.
      await page.goto(`${kith.url}/#/people/${first.personId}`);
      const coach = page.getByTestId('coach-card');
      await coach.waitFor();
      expect(await coach.getByTestId('strength-explanation').textContent()).not.toBe('');
      expect(await coach.getByTestId('coach-replies').textContent()).not.toBe('');
      await coach.getByRole('button', { name: 'Change tier or rhythm' }).click();
      await coach.getByLabel('Tier', { exact: true }).selectOption({ index: 2 });
      await coach.getByLabel('Days between hellos').fill('0');
      await coach.getByRole('button', { name: 'Save' }).click();
      expect(await page.getByTestId('keep-days-error').textContent()).toContain('at least 1 day');
      await coach.getByLabel('Days between hellos').fill('30');
      await coach.getByRole('button', { name: 'Save' }).click();
      await coach.getByText('Saved.').waitFor();
      expect(await coach.getByTestId('coach-tier').textContent()).toContain('(your choice)');
      expect(await coach.getByTestId('coach-keep-in-touch').textContent()).toContain(
        'Every 30 days',
      );
      await shotOf(coach, '20-person-coach');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await scrollsSideways(page)).toBe(false);
      await shotOf(coach, '21-person-coach-390px');

      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-today-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 120_000);

  test('writing to a person: a draft, a live tone check that marks the anxious words, then log as sent', async () => {
    const kith = await openKith();
    const { page } = kith;
    try {
      await seedProfile(kith.url);
      const ana = await addPersonByApi(kith.url, {
        name: 'Ana Lopez',
        title: 'Data Lead',
        company: 'Northwind Health',
        howWeMet: 'Product analytics meetup',
        interests: ['open data'],
        needs: 'A product analyst for her team',
      });
      await addPersonByApi(kith.url, {
        name: 'Bo Park',
        title: 'Product Manager',
        company: 'Acme',
      });

      // The person page shows the stage, questions to ask, and a way to write.
      await page.goto(`${kith.url}/#/people/${ana}`);
      await page.getByRole('heading', { name: 'Ana Lopez', level: 1 }).waitFor();
      expect(await page.getByTestId('stage').textContent()).toContain('Stage: Acquaintance');
      expect(await page.getByTestId('follow-up').count()).toBe(0);
      const questionsToggle = page.getByRole('button', { name: 'Questions to ask Ana' });
      expect(await questionsToggle.getAttribute('aria-expanded')).toBe('false');
      await questionsToggle.click();
      await page.getByRole('heading', { name: 'To learn about their work' }).waitFor();
      expect(await page.getByTestId('questions').textContent()).toContain('Northwind Health');

      // Write → pick "Ask for advice" → a draft with its tone check.
      await page.getByRole('link', { name: 'Write to Ana' }).click();
      await page.getByRole('heading', { name: 'Write to Ana' }).waitFor();
      await page.getByRole('button', { name: 'Ask for advice', exact: true }).click();
      await page.getByTestId('draft').waitFor();
      expect(await page.getByTestId('intent-picked').textContent()).toBe('Ask for advice');
      expect(page.url()).toContain('compose?intent=ask-advice');
      const body = page.getByRole('textbox', { name: 'Message', exact: true });
      expect(await body.inputValue()).toMatch(/^Hi Ana,/);
      expect(await page.getByLabel('Subject').inputValue()).not.toBe('');
      const tone = page.getByTestId('compose-part-0-tone');
      await tone.getByText('/100').waitFor();
      const first = await body.inputValue();
      await page.getByRole('button', { name: 'Try another wording' }).click();
      await page.getByText('Wording 2 of 3').waitFor();
      expect(await body.inputValue()).not.toBe(first);
      await tone.getByText('Checking…').waitFor({ state: 'detached' });
      await shot(page, '09-compose');

      // An anxious line is marked in place, with the category, the why and a rewrite below.
      await body.fill("Hi Ana,\n\nSorry to bother you, I'm desperate for any job!!!\n\nMaya");
      const mirror = page.locator('#compose-part-0').locator('xpath=..').locator('.marked-mirror');
      await mirror.locator('mark.mark-high').first().waitFor();
      const findings = tone.getByRole('list', { name: 'What to look at' });
      expect(await findings.textContent()).toContain('Over-apologising');
      expect(await findings.textContent()).toContain('Sounds anxious');
      expect(await findings.textContent()).toContain('Important');
      const marked = await mirror.locator('mark').allTextContents();
      expect(marked.join('|')).toContain('desperate');
      expect(await tone.getByRole('status').textContent()).toMatch(/\d+\/100/);
      await tone.getByRole('button', { name: 'Show in the text' }).first().click();
      await shot(page, '10-compose-tone');

      // Copy works, or selects the text when the clipboard is not allowed.
      await page.getByRole('button', { name: 'Copy' }).click();
      await page.getByText(/Copied\.|The text is selected/).waitFor();

      // An intro request needs a connector, found by searching; it drafts a note and a blurb.
      await page.getByRole('button', { name: 'Change what you’re writing' }).click();
      await page.getByRole('button', { name: 'Ask for an introduction', exact: true }).click();
      await page.getByLabel('Who could introduce you to Ana?').fill('Bo');
      await page.getByRole('button', { name: /Bo Park/ }).click();
      await page.getByRole('textbox', { name: 'Note to Bo' }).waitFor();
      expect(
        await page.getByRole('textbox', { name: 'Forwardable blurb for Ana' }).inputValue(),
      ).toContain('Maya');
      expect(page.url()).toContain('intent=request-intro');

      // Going back to the advice draft keeps the edits; a calmer wording clears the findings.
      await page.getByRole('button', { name: 'Change what you’re writing' }).click();
      expect(
        await page
          .getByRole('button', { name: 'Ask for an introduction', exact: true })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      await page.getByRole('button', { name: 'Ask for advice', exact: true }).click();
      expect(await body.inputValue()).toContain('desperate');
      await page.getByRole('button', { name: 'Try another wording' }).click();
      await mirror.locator('mark.mark-high').waitFor({ state: 'detached' });

      // Polishing without a model set up says so plainly.
      await page.getByRole('button', { name: 'Polish with my model' }).click();
      await page.getByText(/No model is set up/).waitFor();

      // Log as sent → back on her page, the follow-up is planned and the ask is on the timeline.
      await page.getByRole('button', { name: 'Log as sent' }).click();
      await page.getByRole('heading', { name: 'Ana Lopez', level: 1 }).waitFor();
      await page.getByTestId('flash').waitFor();
      const followUp = page.getByTestId('follow-up');
      expect(await followUp.textContent()).toMatch(
        /Follow up on .+ if you haven’t heard back — silence is normal, not a no\./,
      );
      // The words come from the same function the CLI and the server use.
      expect(await page.getByTestId('timeline').textContent()).toContain(sentSummary('ask-advice'));
      await shot(page, '13-person-follow-up');

      // The compose page holds up at 375 px.
      await page.getByRole('link', { name: 'Write the follow-up' }).click();
      await page.setViewportSize({ width: 375, height: 812 });
      await page.getByTestId('draft').waitFor();
      expect(page.url()).toContain('intent=follow-up-1');
      expect(await page.getByTestId('intent-picked').textContent()).toBe('Follow up');
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, '14-compose-375px');

      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-compose-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);

  test('a draft tells the truth: do-not-contact waits for the user to confirm, and a follow-up after a reply says why it became a thank-you', async () => {
    const kith = await openKith();
    const { page } = kith;
    try {
      await seedProfile(kith.url);
      const kate = await addPersonByApi(kith.url, { name: 'kate morrison', doNotContact: true });
      await page.goto(`${kith.url}/#/people/${kate}/compose?intent=reconnect`);
      await page.getByRole('heading', { name: 'Write to Kate' }).waitFor();
      const anyway = page.getByLabel('I know, and I want to write to Kate anyway');
      await anyway.waitFor();
      expect(await page.getByTestId('draft').count()).toBe(0);
      await anyway.check();
      await page.getByTestId('draft').waitFor();
      expect(await page.getByTestId('draft-warning').textContent()).toContain(
        'You marked Kate Morrison as do not contact',
      );
      await shot(page, '15-compose-do-not-contact');

      const ana = await addPersonByApi(kith.url, { name: 'Ana Lopez' });
      // A few days back, so the day is in the past in any time zone.
      const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
      for (const direction of ['outbound', 'inbound']) {
        const logged = await fetch(`${kith.url}/api/interactions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            personId: ana,
            occurredOn: day,
            channel: 'email',
            direction,
            kind: direction === 'outbound' ? 'ask' : 'catch-up',
          }),
        });
        expect(logged.status).toBe(201);
      }
      await page.goto(`${kith.url}/#/people/${ana}/compose?intent=follow-up-1`);
      await page.getByTestId('draft').waitFor();
      expect(await page.getByTestId('draft-reason').textContent()).toContain(
        'so this is a thank-you rather than a follow-up',
      );
      const body = page.getByRole('textbox', { name: 'Message', exact: true });
      expect(await body.inputValue()).not.toMatch(/following up/i);
      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-truth-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);

  test('a one-line log asks who "Ana" is and says who "Dev" became, an entry moves to the right person, and a second Joanne Bennett is warned about', async () => {
    const kith = await openKith();
    const { page } = kith;
    try {
      await seedProfile(kith.url);
      const lopez = await addPersonByApi(kith.url, { name: 'Ana Lopez', company: 'Northwind' });
      const silva = await addPersonByApi(kith.url, { name: 'Ana Silva', company: 'Globex' });
      await addPersonByApi(kith.url, { name: 'Devendra Mistry' });
      await addPersonByApi(kith.url, { name: 'Joanne Bennett', company: 'Leeds Data' });
      await page.goto(`${kith.url}/#/people`);

      // "Ana" is two people: nothing is saved until the user says which; "Dev" is shown for a yes.
      await page
        .getByLabel('Log a conversation in one line')
        .fill('lunch with Dev and Ana yesterday');
      await page.getByRole('button', { name: 'Log it' }).click();
      const question = page.getByTestId('log-line-question');
      await question.waitFor();
      expect(await question.textContent()).toContain('Who is “Ana”?');
      expect(await question.textContent()).toContain('You wrote “Dev”.');
      expect(await question.getByLabel('Devendra Mistry (name starts the same)').isChecked()).toBe(
        true,
      );
      await shot(page, '20-log-line-question');
      expect(
        await apiJson<{ interactionCount: number }>(`${kith.url}/api/people/${silva}`),
      ).toMatchObject({ interactionCount: 0 });
      await question.getByLabel('Ana Silva, Globex (first name)').check();
      await question.getByRole('button', { name: 'Log with these people' }).click();
      const logged = page.getByTestId('log-line-result');
      await logged.waitFor();
      expect(await logged.textContent()).toContain(
        'Logged a meeting with Devendra Mistry and Ana Silva.',
      );
      expect(await logged.textContent()).toContain('Devendra Mistry — you wrote "Dev"');

      // It was Ana Lopez after all: move the lunch from Ana Silva's timeline to hers.
      await logged.getByRole('link', { name: 'Ana Silva' }).click();
      const timeline = page.getByTestId('timeline');
      await timeline.getByRole('button', { name: /^Move to… someone else: the meeting/ }).click();
      await page.getByLabel('Move to').fill('Lopez');
      await page.getByRole('button', { name: /Ana Lopez/ }).click();
      await page.getByRole('button', { name: 'Move to Ana Lopez' }).click();
      await page.getByText('Moved to Ana Lopez’s timeline.').waitFor();
      await shot(page, '21-moved');
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByText('Nothing logged yet.').waitFor();
      expect(
        await apiJson<{ interactionCount: number }>(`${kith.url}/api/people/${lopez}`),
      ).toMatchObject({ interactionCount: 1 });

      // A second Joanne Bennett at Leeds Data: the existing one is shown before anything is added.
      await page.goto(`${kith.url}/#/people/new`);
      await page.getByLabel('Name (required)').fill('Joanne Bennett');
      await page.getByLabel('Company').fill('Leeds Data');
      await page.getByRole('button', { name: 'Add person' }).click();
      const same = page.getByTestId('same-person');
      await same.waitFor();
      expect(await same.textContent()).toContain(
        'Joanne Bennett at Leeds Data is already in your network.',
      );
      await shot(page, '22-same-person');
      await same.getByRole('button', { name: 'Add a second Joanne Bennett anyway' }).click();
      await page.getByRole('heading', { name: 'Joanne Bennett', level: 1 }).waitFor();

      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-people-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);

  test('the profile builds a value statement from the user’s words and keeps what they can offer', async () => {
    const kith = await openKith();
    const { page } = kith;
    try {
      await seedProfile(kith.url);
      await page.goto(`${kith.url}/#/profile`);
      const brand = page.getByTestId('brand');
      await brand.waitFor();

      // With nothing filled in, the suggestion shows its gaps rather than inventing facts.
      expect(await page.getByTestId('brand-blanks').textContent()).toContain('[who you help]');
      await page.getByLabel('What you’re good at').fill('operations, process design');
      await page.getByLabel('Who you help', { exact: true }).fill('small health-tech teams');
      await page
        .getByLabel('How you help them', { exact: true })
        .fill('turn messy processes into calm routines');
      await page.getByLabel('What you’re curious about lately').fill('open data');
      await page.getByRole('button', { name: 'Show my statement' }).click();
      const statement = page.getByLabel('Your statement');
      await page
        .getByText('I help small health-tech teams turn messy processes into calm routines', {
          exact: false,
        })
        .first()
        .waitFor();
      expect(await statement.inputValue()).toBe(
        'I help small health-tech teams turn messy processes into calm routines, drawing on operations and process design.',
      );
      expect(await page.getByTestId('brand-blanks').count()).toBe(0);
      expect(await page.getByLabel('Your 30-second introduction').inputValue()).toContain(
        "Hi, I'm Maya Chen",
      );

      // Pick another wording, make it one's own, and save it.
      await page.getByLabel(/^I bring operations and process design/).check();
      expect(await statement.inputValue()).toMatch(/^I bring operations and process design/);
      await statement.fill(
        'I bring operations and process design to help small health-tech teams run calmly.',
      );
      await page.getByRole('button', { name: 'Save my statement' }).click();
      await page.getByTestId('statement-saved').waitFor();
      await shotOf(brand, '11-brand');

      // What can I offer: a starter idea and one of the user's own.
      const offers = page.getByTestId('offers');
      await offers.getByRole('heading', { name: 'Feedback on their work' }).waitFor();
      await offers
        .getByRole('button', { name: 'Add: clear, kind feedback on a draft, deck or CV' })
        .click();
      const feedback = offers.getByRole('list', { name: 'Your offers: Feedback on their work' });
      await feedback.getByText('clear, kind feedback on a draft, deck or CV').waitFor();
      await offers.getByLabel('Add your own: Introductions').fill('an intro to my old ops team');
      await offers.getByRole('button', { name: 'Add to Introductions' }).click();
      const intros = offers.getByRole('list', { name: 'Your offers: Introductions' });
      await intros.getByText('an intro to my old ops team').waitFor();
      expect(await offers.getByLabel('Add your own: Introductions').inputValue()).toBe('');
      await shotOf(offers, '12-offers');

      // Removing one asks the server too; everything else is still there after a reload.
      await feedback.getByRole('button', { name: /Remove: clear, kind feedback/ }).click();
      await feedback.waitFor({ state: 'detached' });
      await page.reload();
      await page.getByTestId('offers').waitFor();
      expect(await page.getByLabel('Your statement').inputValue()).toBe(
        'I bring operations and process design to help small health-tech teams run calmly.',
      );
      expect(
        await page.getByRole('list', { name: 'Your offers: Introductions' }).textContent(),
      ).toContain('an intro to my old ops team');
      expect(
        await page.getByRole('list', { name: 'Your offers: Feedback on their work' }).count(),
      ).toBe(0);

      // The person page puts the matching offer first: give before asking.
      const lee = await addPersonByApi(kith.url, {
        name: 'Lee Park',
        needs: 'an intro to someone who runs operations at a clinic',
      });
      await page.goto(`${kith.url}/#/people/${lee}`);
      const giveFirst = page.getByTestId('give-first');
      await giveFirst.getByText('an intro to my old ops team').waitFor();
      await shotOf(giveFirst, '15-give-first');

      await page.setViewportSize({ width: 375, height: 812 });
      expect(await scrollsSideways(page)).toBe(false);
      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-brand-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);

  test('importing a vCard and a Google CSV: a preview with its counts and a problem line, then the people, then a possible duplicate merged, undone and kept apart', async () => {
    const kith = await openKith({ width: 1200, height: 820 });
    const { page } = kith;
    try {
      await seedProfile(kith.url);
      await page.goto(`${kith.url}/#/people`);
      await page
        .getByTestId('people-empty')
        .getByRole('link', { name: 'Import your contacts' })
        .click();
      await page.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor();
      expect(await page.getByLabel('Your name or LinkedIn profile URL').inputValue()).toBe(
        'Maya Chen',
      );

      // Preview with nothing chosen says what to do; a file of the wrong kind gets the server's
      // own words, naming the file.
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByText('Choose at least one file first.').waitFor();
      const input = page.getByLabel('Choose files');
      await input.setInputFiles([textFile('notes.txt', 'hello world\nmy shopping list\n')]);
      await page.getByRole('button', { name: 'Preview' }).click();
      const failed = page.getByTestId('import-failed');
      await failed.waitFor();
      expect(await failed.textContent()).toContain('notes.txt: This file is plain text');
      await page.getByRole('button', { name: 'Remove notes.txt' }).click();

      // The preview: what each file was read as, the counts, and the problem by file, line and field.
      await input.setInputFiles([
        textFile('phone.vcf', phoneVCard),
        textFile('contacts.csv', googleCsv),
      ]);
      const chosen = page.getByRole('list', { name: 'Chosen files' });
      expect(await chosen.textContent()).toContain('phone.vcf');
      expect(await chosen.textContent()).toContain('contacts.csv');
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-summary').textContent()).toBe(
        'We found 4 people: 4 new, 1 pair to check.',
      );
      expect(await page.getByTestId('count-new').textContent()).toBe('New people4');
      expect(await page.getByTestId('count-merged').textContent()).toBe(
        'Duplicates in the files, joined1',
      );
      expect(await page.getByTestId('count-review').textContent()).toBe('Pairs to check1');
      const files = await page.getByTestId('import-files').locator('li').allTextContents();
      expect(files).toEqual([
        'phone.vcfvCard contacts · 2 contacts',
        'contacts.csvGoogle Contacts · 3 contacts',
      ]);
      const problems = page.getByRole('list', { name: 'Problems found' });
      expect(await problems.locator('li').count()).toBe(1);
      expect(await problems.textContent()).toContain('Kept contacts.csv, line 4, email');
      expect(await problems.textContent()).toContain('"tom at reed" is not an email address');
      expect(await page.getByTestId('import-status').textContent()).toContain('Preview ready.');
      expect(await listTotal(kith.url)).toBe(0);
      await shot(page, '30-import-preview');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, '31-import-preview-390px');
      await page.setViewportSize({ width: 1200, height: 820 });

      // Import: done, with a way to the people and to the pair to check.
      await page.getByRole('button', { name: 'Import now' }).click();
      const result = page.getByTestId('import-result');
      await result.waitFor();
      expect(await result.textContent()).toBe('Imported 4 people: 4 new, 1 pair to check.');
      expect(await listTotal(kith.url)).toBe(4);
      await shot(page, '32-import-done');
      await page.getByRole('link', { name: 'Check 1 possible duplicate' }).click();

      // The pair side by side, with why; merge keeping William, then undo right there.
      await page.getByRole('heading', { name: 'Possible duplicates', level: 1 }).waitFor();
      const pair = page.getByRole('list', { name: 'Pairs to check' }).locator('> li').first();
      expect(await pair.textContent()).toContain('Why they might be one person: nickname at Acme');
      expect(await pair.textContent()).toContain('william@acme.com');
      expect(await pair.textContent()).toContain('bill.jones@gmail.com');
      await shot(page, '33-duplicates');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, '34-duplicates-390px');
      await page.setViewportSize({ width: 1200, height: 820 });
      await pair.getByLabel('Keep William Jones').check();
      await pair.getByRole('button', { name: 'Same person — merge' }).click();
      const merged = pair.getByTestId('merged');
      await merged.waitFor();
      expect(await merged.textContent()).toMatch(
        /^Merged: Bill Jones is now part of William Jones/,
      );
      expect(await listTotal(kith.url)).toBe(3);
      const undo = pair.getByRole('button', { name: 'Undo' });
      expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
      await shot(page, '35-duplicates-merged');
      await undo.click();
      await pair.getByText('Undone: Bill Jones and William Jones are two entries again.').waitFor();
      expect(await listTotal(kith.url)).toBe(4);
      expect(
        (await apiJson<{ reviews: unknown[] }>(`${kith.url}/api/duplicates`)).reviews,
      ).toHaveLength(1);

      // Different people: the pair leaves the list for good, and the page says so kindly.
      await pair.getByRole('button', { name: 'Different people' }).click();
      await pair.getByTestId('kept-apart').waitFor();
      await page.reload();
      await page.getByTestId('duplicates-empty').waitFor();

      // Everyone is in People.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'People' })
        .click();
      await page.getByTestId('people-summary').waitFor();
      expect(await page.getByTestId('people-summary').textContent()).toBe('Showing 1–4 of 4');
      const names = await page.locator('.people .person-name').allTextContents();
      expect(names.sort()).toEqual(['Bill Jones', 'Priya Natarajan', 'Tom Reed', 'William Jones']);
      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-import-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 120_000);

  test('the profile takes the network away as vCard, CSV or a full backup, and a backup comes back after a confirmation', async () => {
    const kith = await openKith();
    const { page } = kith;
    try {
      await seedProfile(kith.url);
      await addPersonByApi(kith.url, { name: 'Ana López', emails: ['ana@example.com'] });
      await page.goto(`${kith.url}/#/profile`);
      const panel = page.getByTestId('backup');
      await panel.waitFor();
      const download = async (name: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          panel.getByRole('link', { name }).click(),
        ]);
        return file;
      };
      expect((await download('Contacts (vCard)')).suggestedFilename()).toMatch(
        /^kith-people-\d{4}-\d{2}-\d{2}\.vcf$/,
      );
      expect((await download('Spreadsheet (CSV)')).suggestedFilename()).toMatch(/\.csv$/);
      const backup = await download('Full backup');
      expect(backup.suggestedFilename()).toMatch(/^kith-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const backupPath = await backup.path();

      // Someone added since is replaced by the backup, after a second, plainer confirmation.
      await addPersonByApi(kith.url, { name: 'Ben Okafor' });
      await panel.getByLabel('Restore from a backup file').setInputFiles(backupPath);
      await panel.getByRole('button', { name: 'Restore…' }).click();
      await panel.getByRole('button', { name: 'Yes, restore' }).click();
      await panel.getByText('You already have 2 people here.', { exact: false }).waitFor();
      await shotOf(panel, '16-restore-replace');
      await panel.getByRole('button', { name: 'Replace everything' }).click();
      await panel.getByTestId('restored').waitFor();
      expect(await panel.getByTestId('restored').textContent()).toContain(
        'Restored 1 person and 0 interactions',
      );
      const people = await apiJson<{ people: Array<{ name: string }> }>(`${kith.url}/api/people`);
      expect(people.people.map((p) => p.name)).toEqual(['Ana López']);

      // A file that is not a backup says what it is, and changes nothing.
      await panel.getByLabel('Restore from a backup file').setInputFiles({
        name: 'contacts.vcf',
        mimeType: 'text/vcard',
        buffer: Buffer.from('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cleo\r\nEND:VCARD\r\n'),
      });
      await panel.getByRole('button', { name: 'Restore…' }).click();
      await panel.getByRole('button', { name: 'Yes, restore' }).click();
      await panel.getByRole('alert').getByText('it looks like a vCard file').waitFor();
      await page.setViewportSize({ width: 375, height: 812 });
      expect(await scrollsSideways(page)).toBe(false);
      expect(kith.pageErrors).toEqual([]);
    } catch (error) {
      await shot(page, 'failed-backup-flow');
      console.error('Errors in the page:', kith.pageErrors);
      throw error;
    } finally {
      await kith.stop();
    }
  }, 90_000);
});

/** A text file for a file input, as a user's download would be. */
function textFile(name: string, text: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'utf8') };
}

/** True when the page is wider than the window: something does not fit at this width. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

interface PlanActionJson {
  n: number;
  personId: number;
  kindLabel: string;
  why: string;
  intent: string;
}

async function interactionCount(url: string, personId: number): Promise<number> {
  return (await apiJson<{ interactionCount: number }>(`${url}/api/people/${personId}`))
    .interactionCount;
}

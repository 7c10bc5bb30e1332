// What the browser tests share: Debian's Chromium, the built web app, and a fresh Kith per flow.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { describe, expect } from 'vitest';
import { startServer } from '../../src/server/serve.js';
import { makeSqlite } from '../dialects.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = join(root, 'test-artifacts', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
const underCi = process.env.CI === 'true';

/**
 * `describe` when Chromium is here or CI=true (where its absence fails the run), else `describe.skip`
 * with a notice saying what was skipped and how to run it.
 */
export function describeInChromium(what: string): typeof describe | typeof describe.skip {
  if (haveChromium || underCi) return describe;
  console.warn(
    `\nNotice: Chromium is not at ${chromiumPath}; ${what} are skipped.\n` +
      'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH.\n',
  );
  return describe.skip;
}

/** Builds the web app when it is stale and starts Chromium headless, quiet and offline-minded. */
export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) throw new Error(`CI=true needs Chromium at ${chromiumPath} for the web tests`);
  await buildWebAppWhenStale();
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface Kith {
  page: Page;
  url: string;
  /** Uncaught errors in the page; a flow should end with none. */
  pageErrors: string[];
  stop(): Promise<void>;
}

/** A fresh store, a server on a free port and a new page: each flow starts from nothing. */
export async function openKith(
  browser: Browser | undefined,
  viewport = { width: 1280, height: 900 },
): Promise<Kith> {
  if (!browser) throw new Error('the browser is launched in beforeAll');
  const sqlite = await makeSqlite();
  const server = await startServer({ store: sqlite.store, port: 0, host: '127.0.0.1' });
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    page,
    url: server.url.replace('//localhost:', '//127.0.0.1:'),
    pageErrors,
    stop: async () => {
      await context.close();
      await server.close();
      await sqlite.cleanup();
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** A screenshot of one part of the page, for sections too long to read in a full-page shot. */
export async function shotOf(locator: Locator, name: string): Promise<void> {
  await locator.screenshot({ path: join(screenshots, `${name}.png`) });
}

/** A profile straight through the API, for flows that are not about onboarding. */
export async function seedProfile(url: string): Promise<void> {
  const response = await fetch(`${url}/api/profile`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Maya Chen',
      headline: 'Operations lead moving into product management',
      goal: 'job-search',
      targetRoles: ['Product Manager'],
      targetIndustries: ['Health tech'],
    }),
  });
  expect(response.status).toBe(200);
}

export async function addPersonByApi(
  url: string,
  person: Record<string, unknown>,
): Promise<number> {
  const response = await fetch(`${url}/api/people`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

export async function apiJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Builds dist/web when it is missing or older than any file under web/ or the core it imports. */
async function buildWebAppWhenStale(): Promise<void> {
  const built = join(root, 'dist', 'web', 'index.html');
  const sources = ['web', 'src/core', 'src/formats'].map((dir) => newestChange(join(root, dir)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return;
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

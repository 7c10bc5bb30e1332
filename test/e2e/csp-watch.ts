// Watches a page for what the Content-Security-Policy refused, for every browser test that asks.
import type { Page } from 'playwright-core';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Collects what the browser refused under the policy, two ways: the page's own
 * securitypolicyviolation events, and the console errors Chromium writes for each.
 */
export async function watchPolicy(page: Page): Promise<{ violations: () => Promise<string[]> }> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return {
    violations: async () => {
      const events = await page.evaluate(
        () => (window as unknown as { cspViolations?: Violation[] }).cspViolations ?? [],
      );
      return [
        ...events.map((v) => `${v.directive} blocked ${v.blocked || 'inline'} ${v.sample}`.trim()),
        ...consoleErrors,
      ];
    },
  };
}

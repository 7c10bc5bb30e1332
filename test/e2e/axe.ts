// axe-core's serious and critical findings on a page, for every browser test that checks them.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Every WCAG A and AA rule, axe's best practices, and its experimental rules: those hold
 * label-content-name-mismatch, where a control's accessible name drops the words it shows.
 */
const tags = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
  'experimental',
];

/** The serious and critical findings on the page as it is now, one readable line per element. */
export async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  return violations
    .filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
    .flatMap((rule) =>
      rule.nodes.map(
        (node) => `${rule.id} (${rule.impact}): ${rule.help} at ${node.target.join(' ')}`,
      ),
    );
}

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeOptions {
  /** CSS selector to limit the check to (e.g. one widget). */
  readonly include?: string;
}

/**
 * Runs axe-core (WCAG 2.x A/AA, the closest automated match to GB/T 37668) on the page and
 * returns one readable line per violation, so a failing assertion says what and where.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${violation.help}`,
    ),
  );
}

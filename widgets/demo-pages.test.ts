import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/browser/axe';
import { withChromium } from '../test/browser/browser-suite';
import { demoUrl } from '../test/browser/demo-server';
import { recordRequests } from '../test/browser/network';

// The demo portal's pages, as a visitor gets them from the demo server with the sample feed.
const PAGES: readonly (readonly [path: string, ready: string])[] = [
  ['/', 'enforcement-disclosure li[part~="item"]'],
  ['/column.html', 'enforcement-disclosure li[part~="item"]'],
  ['/agency.html', 'enforcement-agency table[part~="officers"]'],
  ['/guide.html', 'service-guide ul.guides a, service-guide ol.steps'],
  ['/stats.html', 'enforcement-stats [part~="summary"]'],
];

describe('demo portal pages', () => {
  const chromium = withChromium();

  it.each(PAGES)(
    '%s shows its widget, accessibly, loading nothing from elsewhere',
    async (path, ready) => {
      const context = await chromium.browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const requests = recordRequests(context, [demoUrl('/')]);
      await page.goto(demoUrl(path));
      await page.locator(ready).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // The portal's 简/繁 toggle: the widgets follow.
      await page.locator('#toggle-script').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
      await page.locator(ready).first().waitFor();
      expect(requests.foreign()).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

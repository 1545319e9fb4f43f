import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe';
import { launchChromium } from '../../test/browser/chromium';
import { demoUrl } from '../../test/browser/demo-server';

// Runs in real Chromium against the built bundle served by the demo server.
describe('<enforcement-disclosure>', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function mount(lang: string): Promise<void> {
    // axe-core/playwright needs a page from an explicit context.
    const context = await browser.newContext();
    page = await context.newPage();
    await page.goto(demoUrl('/feeds/'));
    await page.evaluate((pageLang) => {
      document.documentElement.lang = pageLang;
      document.body.innerHTML =
        '<main><h1>行政执法公示</h1><enforcement-disclosure><p>请<a href="/feeds/">查看全部执法决定公示</a>。</p></enforcement-disclosure></main>';
    }, lang);
    // A module script tag, as a webmaster would paste it (and out of reach of vitest's
    // transform, which would rewrite an import() written inside evaluate()).
    await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
    await page.evaluate(() => customElements.whenDefined('enforcement-disclosure'));
  }

  it('renders its heading around the fallback markup', async () => {
    await mount('zh-CN');
    await expect(page.locator('enforcement-disclosure h2').textContent()).resolves.toBe(
      '行政执法决定公示',
    );
    await expect(page.locator('enforcement-disclosure a').textContent()).resolves.toBe(
      '查看全部执法决定公示',
    );
    await page.context().close();
  });

  it.each(['zh-CN', 'zh-TW', 'en'])('is accessible (%s)', async (lang) => {
    await mount(lang);
    await page.locator('enforcement-disclosure h2').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('follows the page language when a 简/繁 toggle changes it', async () => {
    await mount('zh-CN');
    await page.evaluate(() => {
      document.documentElement.lang = 'zh-Hant';
    });
    await page.waitForFunction(
      () =>
        document.querySelector('enforcement-disclosure')?.shadowRoot?.querySelector('h2')
          ?.textContent === '行政執法決定公示',
    );
    await page.context().close();
  });

  it('survives a second copy of the script on the page', async () => {
    await mount('zh-CN');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js?copy=2' });
    expect(errors).toEqual([]);
    await expect(page.locator('enforcement-disclosure h2').count()).resolves.toBe(1);
    await page.context().close();
  });
});

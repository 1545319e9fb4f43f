import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withChromium } from '../test/browser/browser-suite';
import { demoUrl } from '../test/browser/demo-server';
import { recordRequests } from '../test/browser/network';
import { AS_OF, agencyProfile, manyRecords, recordsFeed } from './testing/feeds';

const feed = recordsFeed(manyRecords(12), { agencies: [agencyProfile()] });
const ALL_FOUR = `
  <enforcement-disclosure src="/test/feed.json" as-of="${AS_OF}"><p id="fallback"><a href="/feeds/">查看全部</a></p></enforcement-disclosure>
  <service-guide src="/test/feed.json" item="食品经营许可证核发"><p>指南</p></service-guide>
  <enforcement-agency src="/test/feed.json"><p>执法主体</p></enforcement-agency>
  <enforcement-stats src="/test/feed.json" year="2025"><p>年报</p></enforcement-stats>`;

/** Serves a portal page with `head` scripts and all four widgets, as a webmaster pastes them. */
async function portal(browser: Browser, head: string, init?: () => void) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (init) await page.addInitScript(init);
  const requests = recordRequests(context, [demoUrl('/')]);
  await page.route(demoUrl('/test/feed.json'), (route) => route.fulfill({ json: feed }));
  await page.route(demoUrl('/test/portal.html'), (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title>${head}</head><body><main><h1>门户</h1>${ALL_FOUR}</main></body></html>`,
    }),
  );
  await page.goto(demoUrl('/test/portal.html'));
  return { page, errors, requests };
}

async function allFourRendered(page: Page): Promise<void> {
  await page.locator('enforcement-disclosure li[part~="item"]').first().waitFor();
  await page.locator('service-guide ol.steps').waitFor();
  await page.locator('enforcement-agency #credential').waitFor();
  await page.locator('enforcement-stats [part~="summary"]').waitFor();
}

describe('loading the widgets on a portal page', () => {
  const chromium = withChromium();

  it('the loader picks the ES module build in a modern engine, with no third-party request', async () => {
    const { page, errors, requests } = await portal(
      chromium.browser,
      '<script src="/widgets/gongshi-loader.js"></script>',
    );
    await allFourRendered(page);
    expect(requests.all.some((url) => url.endsWith('/widgets/gongshi-widgets.js'))).toBe(true);
    expect(requests.all.some((url) => url.includes('classic'))).toBe(false);
    expect(requests.all.some((url) => url.includes('webcomponentsjs'))).toBe(false);
    expect(requests.foreign()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the loader fetches the web components polyfill from the same site when custom elements are missing', async () => {
    const { page, errors, requests } = await portal(
      chromium.browser,
      '<script src="/widgets/gongshi-loader.js"></script>',
      () => {
        Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
      },
    );
    await expect
      .poll(() =>
        requests.all.some((url) => url.endsWith('/vendor/webcomponentsjs/webcomponents-bundle.js')),
      )
      .toBe(true);
    await page.locator('enforcement-disclosure li[part~="item"]').first().waitFor();
    expect(requests.foreign()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the loader leaves the fallback markup alone in an engine too old for the widgets', async () => {
    const { page, errors, requests } = await portal(
      chromium.browser,
      '<script src="/widgets/gongshi-loader.js"></script>',
      () => {
        delete (Object as { fromEntries?: unknown }).fromEntries;
      },
    );
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(requests.all.some((url) => url.includes('gongshi-widgets'))).toBe(false);
    expect(await page.locator('#fallback a').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the classic-script build runs all four widgets from a plain <script> tag', async () => {
    const { page, errors } = await portal(
      chromium.browser,
      '<script src="/widgets/gongshi-widgets.classic.js" defer></script>',
    );
    await allFourRendered(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the classic build switches language with the page, its zh-TW strings inlined', async () => {
    const { page, errors } = await portal(
      chromium.browser,
      '<script src="/widgets/gongshi-widgets.classic.js" defer></script>',
    );
    await allFourRendered(page);
    await page.evaluate(() => {
      document.documentElement.lang = 'zh-TW';
    });
    await expect
      .poll(() => page.locator('enforcement-disclosure h2').textContent())
      .toBe('行政執法決定公示');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the ES and classic builds on one page do not break each other', async () => {
    const { page, errors } = await portal(
      chromium.browser,
      '<script src="/widgets/gongshi-widgets.classic.js"></script><script type="module" src="/widgets/gongshi-widgets.js"></script><script type="module" src="/widgets/gongshi-widgets.js?copy=2"></script>',
    );
    await allFourRendered(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('custom-elements.json', () => {
  const file = resolve(import.meta.dirname, '../dist/widgets/custom-elements.json');

  it('documents the four tags from their JSDoc headers', () => {
    expect(existsSync(file)).toBe(true);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      modules: {
        declarations: {
          tagName: string;
          summary: string;
          attributes: { name: string; description: string }[];
          cssProperties: unknown[];
          cssParts: unknown[];
          slots: unknown[];
        }[];
      }[];
    };
    const declarations = manifest.modules.flatMap((module) => module.declarations);
    expect(declarations.map((declaration) => declaration.tagName).sort()).toEqual([
      'enforcement-agency',
      'enforcement-disclosure',
      'enforcement-stats',
      'service-guide',
    ]);
    for (const declaration of declarations) {
      expect(declaration.summary).not.toBe('');
      expect(declaration.attributes.map((attribute) => attribute.name)).toContain('src');
      expect(declaration.attributes.every((attribute) => attribute.description !== '')).toBe(true);
      expect(declaration.cssProperties.length).toBeGreaterThan(0);
      expect(declaration.cssParts.length).toBeGreaterThan(0);
      expect(declaration.slots.length).toBeGreaterThan(0);
    }
  });
});

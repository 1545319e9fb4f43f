import type { Browser, Page } from 'playwright-core';
import { demoUrl } from '../../test/browser/demo-server';

/**
 * The settings every widget is checked with axe in (issue 5): each language, and large text
 * with high contrast (the elderly modes). [lang, largeHighContrast]
 */
export const ACCESSIBILITY_SETTINGS: [string, boolean][] = [
  ['zh-CN', false],
  ['zh-TW', false],
  ['en', false],
  ['zh-CN', true],
];

export interface MountOptions {
  readonly lang?: string;
  /** Markup placed in <main>. */
  readonly body: string;
  /** JSON bodies served at URL paths on the demo origin (via page.route, not the server). */
  readonly feeds?: Readonly<Record<string, unknown>>;
  /** 200% root font size and forced colours + more contrast (elderly / high-contrast modes). */
  readonly largeHighContrast?: boolean;
}

/**
 * A fresh page on the demo origin with `body` in it and the built ES bundle loaded as a
 * webmaster would paste it. Errors thrown in the page are collected in `errors`.
 */
export async function mountPage(
  browser: Browser,
  options: MountOptions,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [path, body] of Object.entries(options.feeds ?? {})) {
    await page.route(demoUrl(path), (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  }
  if (options.largeHighContrast) {
    await page.emulateMedia({ forcedColors: 'active', contrast: 'more' });
  }
  await page.goto(demoUrl('/feeds/'));
  await page.evaluate(
    ({ lang, body, large }) => {
      document.documentElement.lang = lang;
      if (large) document.documentElement.style.fontSize = '200%';
      document.body.innerHTML = `<main><h1>行政执法公示</h1>${body}</main>`;
    },
    {
      lang: options.lang ?? 'zh-CN',
      body: options.body,
      large: options.largeHighContrast ?? false,
    },
  );
  await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
  return { page, errors };
}

/** The widget's shadow-root text, including the parts screen readers read. */
export function shadowText(page: Page, tag: string): Promise<string> {
  return page.evaluate((name) => document.querySelector(name)?.shadowRoot?.textContent ?? '', tag);
}

/** The widget's shadow-root markup (to check attributes such as href). */
export function shadowHtml(page: Page, tag: string): Promise<string> {
  return page.evaluate((name) => document.querySelector(name)?.shadowRoot?.innerHTML ?? '', tag);
}

/** The id or data-id of the element focused inside `tag`'s shadow root. */
export function focusedInside(page: Page, tag: string): Promise<string | null> {
  return page.evaluate((name) => {
    const active = document.querySelector(name)?.shadowRoot?.activeElement;
    return active
      ? active.getAttribute('data-id') ||
          active.getAttribute('data-item') ||
          active.id ||
          active.localName
      : null;
  }, tag);
}

/** Opens a record by its deep link, as a shared URL would. */
export async function openRecord(page: Page, tag: string, id: string): Promise<void> {
  await page.evaluate((recordId) => {
    location.hash = `#gs-record=${encodeURIComponent(recordId)}`;
  }, id);
  await page.locator(`${tag} #detail-title`).waitFor();
}

/** Asserts-by-return: what, if anything, shows that feed markup became live in the widget. */
export async function liveMarkup(page: Page, tag: string): Promise<string[]> {
  const problems: string[] = [];
  const markup = await shadowHtml(page, tag);
  if (/href="\s*javascript:/i.test(markup)) problems.push('javascript: href');
  if ((await page.locator(`${tag} img, ${tag} script`).count()) > 0)
    problems.push('img or script element');
  if (await page.evaluate(() => (window as { __pwned?: number }).__pwned !== undefined)) {
    problems.push('script ran');
  }
  return problems;
}

/** The secrets that appear anywhere in the widget's shadow markup. */
export async function visibleSecrets(
  page: Page,
  tag: string,
  secrets: readonly string[],
): Promise<string[]> {
  const markup = await shadowHtml(page, tag);
  return secrets.filter((secret) => markup.includes(secret));
}

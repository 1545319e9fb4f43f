import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe';
import { withChromium } from '../../test/browser/browser-suite';
import { demoUrl } from '../../test/browser/demo-server';
import { recordRequests } from '../../test/browser/network';
import { ATTACK, decision, LEAK, manyRecords, recordsFeed, SECRETS } from '../testing/feeds';
import {
  ACCESSIBILITY_SETTINGS,
  liveMarkup,
  mountPage,
  shadowText,
  visibleSecrets,
} from '../testing/page';

const TAG = 'enforcement-stats';
const widget = (attributes = 'src="/test/feed.json" year="2025"') =>
  `<${TAG} ${attributes}><p><a href="/report/">查看2025年度统计年报</a></p><p slot="narrative">2025年全县执法工作总体平稳。</p></${TAG}>`;
const feed = recordsFeed([
  ...manyRecords(24),
  decision(30, { id: 'w', withdrawal: { date: '2025-10-01', reason: '撤销' } }),
  decision(31, { id: 'old', decisionDate: '2024-05-01', publicationDate: '2024-05-02' }),
]);

describe('<enforcement-stats>', () => {
  const chromium = withChromium();

  it('renders charts and the same figures as tables', async () => {
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} [part~="summary"]`).waitFor();
    const text = await shadowText(page, TAG);
    expect(text).toContain('2025年度行政执法统计');
    // 24 + 1 withdrawn decisions in 2025; the 2024 one is not counted.
    expect(await page.locator(`${TAG} [part~="summary"] dd`).first().textContent()).toBe('25');
    expect(await page.locator(`${TAG} svg rect`).count()).toBeGreaterThan(12);
    // Each chart is hidden from screen readers, which read the tables instead.
    expect(await page.locator(`${TAG} table`).count()).toBe(3);
    const monthRows = page.locator(`${TAG} table`).nth(1).locator('tbody tr');
    expect(await monthRows.count()).toBe(12);
    expect(await page.locator(`${TAG} [slot="narrative"]`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the tables on request and changes year', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} [aria-pressed]`).click();
    expect(await page.locator(`${TAG} table`).first().isVisible()).toBe(true);
    await page.locator(`${TAG} #year`).selectOption('2024');
    await expect.poll(() => shadowText(page, TAG)).toContain('2024年度行政执法统计');
    await page.context().close();
  });

  it.each([
    ['zh-CN', '2024年度行政执法统计'],
    ['en', 'Enforcement statistics 2024'],
  ])('is headed with its year attribute when the feed fails too (%s)', async (lang, heading) => {
    const { page } = await mountPage(chromium.browser, {
      lang,
      body: widget('src="/test/missing.json" year="2024"'),
    });
    // The demo server answers 404 for /test/missing.json.
    await page.locator(`${TAG} [part~="error"]`).waitFor();
    expect(await page.locator(`${TAG} h2`).textContent()).toBe(heading);
    await page.context().close();
  });

  it.each(ACCESSIBILITY_SETTINGS)(
    'is accessible (%s, large text and high contrast: %s)',
    async (lang, large) => {
      const { page } = await mountPage(chromium.browser, {
        lang,
        body: widget(),
        feeds: { '/test/feed.json': feed },
        largeHighContrast: large,
      });
      await page.locator(`${TAG} [part~="summary"]`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator(`${TAG} [aria-pressed]`).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('renders agency names with markup or personal data as safe text', async () => {
    const records = [
      decision(1, { agency: { name: ATTACK } }),
      decision(2, { agency: { name: LEAK } }),
    ];
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': recordsFeed(records) },
    });
    await page.locator(`${TAG} [part~="summary"]`).waitFor();
    expect(await liveMarkup(page, TAG)).toEqual([]);
    expect(await visibleSecrets(page, TAG, SECRETS)).toEqual([]);
    await page.context().close();
  });
  it("loads only the chosen year's shards of a sharded feed", async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(context, [demoUrl('/')]);
    await page.goto(demoUrl('/feeds/'));
    await page.evaluate(() => {
      document.body.innerHTML =
        '<main><enforcement-stats src="/feeds/sharded/index.json" year="2025"></enforcement-stats></main>';
    });
    await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
    await page.locator(`${TAG} [part~="summary"]`).waitFor();
    await expect
      .poll(() => requests.all.filter((url) => /\/sharded\/2025-\d{2}\.json$/.test(url)).length)
      .toBe(12);
    expect(requests.all.filter((url) => /\/sharded\/202[46]-\d{2}\.json$/.test(url))).toEqual([]);
    await context.close();
  });
});

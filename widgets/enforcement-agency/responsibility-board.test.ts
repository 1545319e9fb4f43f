import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe';
import { withChromium } from '../../test/browser/browser-suite';
import { agencyProfile, LEAK, recordsFeed, SECRETS } from '../testing/feeds';
import { ACCESSIBILITY_SETTINGS, focusedInside, mountPage, visibleSecrets } from '../testing/page';

const TAG = 'enforcement-agency';
const widget = `<${TAG} src="/test/feed.json"><p><a href="/agency/">查看执法主体信息</a></p></${TAG}>`;
const profile = agencyProfile();
const officers = (profile.officers as { certificateNumber: string }[]).length;

async function openBoards(
  options: { lang?: string; feed?: unknown; largeHighContrast?: boolean } = {},
) {
  const mounted = await mountPage(chromium.browser, {
    body: widget,
    feeds: { '/test/feed.json': options.feed ?? recordsFeed([], { agencies: [profile] }) },
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.largeHighContrast ? { largeHighContrast: true } : {}),
  });
  const { page } = mounted;
  await page.evaluate(() => {
    (window as { printed?: number }).printed = 0;
    window.print = () => {
      (window as { printed?: number }).printed! += 1;
    };
  });
  await page.locator(`${TAG} #board-open`).click();
  await page.locator(`${TAG} article.board`).first().waitFor();
  return mounted;
}

const chromium = withChromium();

describe('<enforcement-agency> 岗位职责公示牌 print view', () => {
  it('shows one board per officer: post, duties, officer with 执法证号, channels; focus on its heading', async () => {
    const { page, errors } = await openBoards();
    await expect.poll(() => page.locator(`${TAG} article.board`).count()).toBe(officers);
    const first = await page.locator(`${TAG} article.board`).first().textContent();
    for (const expected of [
      '岗位职责公示牌',
      '岗位：',
      '陈某',
      '5199990000',
      '负责全县市场监管领域的行政执法工作',
      '12315',
    ]) {
      expect(first).toContain(expected);
    }
    expect(await focusedInside(page, TAG)).toBe('board-view-title');
    await page.locator(`${TAG} .board-actions button`).first().click();
    expect(await page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the boards alone, one per page: controls, heading and notices hidden', async () => {
    const { page } = await openBoards();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(`${TAG} ${selector}`)
        .first()
        .evaluate((element) => getComputedStyle(element).display !== 'none');
    expect(await shown('.board-actions')).toBe(false);
    expect(await shown('[part~="title"]')).toBe(false);
    expect(await shown('article.board')).toBe(true);
    const breaks = await page
      .locator(`${TAG} article.board`)
      .evaluateAll((boards) => boards.map((board) => getComputedStyle(board).breakAfter));
    expect(breaks).toEqual([...Array(officers - 1).fill('page'), 'auto']);
    await page.context().close();
  });

  it('goes back to the profile, with focus on the button that opened the boards', async () => {
    const { page } = await openBoards();
    await page.locator(`${TAG} .board-actions button.secondary`).click();
    await page.locator(`${TAG} table[part~="officers"]`).waitFor();
    expect(await focusedInside(page, TAG)).toBe('board-open');
    await page.context().close();
  });

  it('shows no personal data a feed carries by mistake', async () => {
    const { page } = await openBoards({
      feed: recordsFeed([], { agencies: [agencyProfile({ duties: [`负责执法。${LEAK}`] })] }),
    });
    expect(await visibleSecrets(page, TAG, SECRETS)).toEqual([]);
    await page.context().close();
  });

  it.each(ACCESSIBILITY_SETTINGS)(
    'is accessible (%s, large and high contrast: %s)',
    async (lang, large) => {
      const { page } = await openBoards({ lang, largeHighContrast: large });
      expect(await axeViolations(page, { include: TAG })).toEqual([]);
      await page.context().close();
    },
  );
});

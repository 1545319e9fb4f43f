import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe';
import { withChromium } from '../../test/browser/browser-suite';
import { ATTACK, agencyProfile, LEAK, poison, recordsFeed, SECRETS } from '../testing/feeds';
import {
  ACCESSIBILITY_SETTINGS,
  focusedInside,
  liveMarkup,
  mountPage,
  shadowText,
  visibleSecrets,
} from '../testing/page';

const TAG = 'service-guide';
const widget = (attributes = 'src="/test/feed.json"') =>
  `<${TAG} ${attributes}><p><a href="/guides/">查看办事指南</a></p></${TAG}>`;
const feed = recordsFeed([], { agencies: [agencyProfile()] });

describe('<service-guide>', () => {
  const chromium = withChromium();

  it('renders a guide with its step diagram, materials and channels', async () => {
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget('src="/test/feed.json" item="食品经营许可证核发"'),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} ol.steps li`).first().waitFor();
    expect(await page.locator(`${TAG} ol.steps li`).count()).toBe(3);
    const text = await shadowText(page, TAG);
    expect(text).toContain('8个工作日');
    expect(text).toContain('营业执照复印件');
    // The agency's own consultation number is public and stays.
    expect(text).toContain('0830-3196001');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the guides and opens one by keyboard, then goes back', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} ul.guides a`).first().waitFor();
    await page.locator(`${TAG} ul.guides a`).first().focus();
    await page.keyboard.press('Enter');
    await page.locator(`${TAG} article[part~="guide"]`).waitFor();
    await expect.poll(() => focusedInside(page, TAG)).toBe('guide-title');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator(`${TAG} ul.guides a`).first().waitFor();
    await expect.poll(() => focusedInside(page, TAG)).toBe('食品经营许可证核发');
    await page.context().close();
  });

  it.each(ACCESSIBILITY_SETTINGS)(
    'is accessible (%s, large text and high contrast: %s)',
    async (lang, large) => {
      const { page } = await mountPage(chromium.browser, {
        lang,
        body: widget('src="/test/feed.json" item="食品经营许可证核发"'),
        feeds: { '/test/feed.json': feed },
        largeHighContrast: large,
      });
      await page.locator(`${TAG} ol.steps li`).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('renders markup in every string field as inert text', async () => {
    const evil = recordsFeed([], {
      agencies: [poison(agencyProfile(), ATTACK, 'javascript:window.__pwned=1')],
    });
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': evil },
    });
    await page.locator(`${TAG} ul.guides a`).first().click();
    await page.locator(`${TAG} article[part~="guide"]`).waitFor();
    expect(await shadowText(page, TAG)).toContain('<img src=x onerror=');
    expect(await liveMarkup(page, TAG)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no ID or phone number that a feed carries by mistake', async () => {
    const leaky = recordsFeed([], {
      agencies: [poison(agencyProfile(), LEAK, 'https://example.gov.cn/')],
    });
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': leaky },
    });
    // The list too: guide names become link targets in the address and markup.
    await page.locator(`${TAG} ul.guides a`).first().waitFor();
    expect(await visibleSecrets(page, TAG, SECRETS)).toEqual([]);
    await page.locator(`${TAG} ul.guides a`).first().click();
    await page.locator(`${TAG} article[part~="guide"]`).waitFor();
    expect(await visibleSecrets(page, TAG, SECRETS)).toEqual([]);
    await page.context().close();
  });

  it('has a print stylesheet that hides the controls', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget('src="/test/feed.json" item="食品经营许可证核发"'),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} ol.steps li`).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${TAG} .toolbar button`).first().isVisible()).toBe(false);
    expect(await page.locator(`${TAG} ol.steps`).isVisible()).toBe(true);
    await page.context().close();
  });
});

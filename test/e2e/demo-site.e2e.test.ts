import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../browser/axe';
import { withChromium } from '../browser/browser-suite';
import { demoUrl } from '../browser/demo-server';
import { recordRequests } from '../browser/network';

describe('demo site', () => {
  const chromium = withChromium();

  async function open(path: string): Promise<{ page: Page; foreign: () => string[] }> {
    const context = await chromium.browser.newContext();
    const log = recordRequests(context, [demoUrl()]);
    const page = await context.newPage();
    const response = await page.goto(demoUrl(path));
    expect(response?.status()).toBe(200);
    return { page, foreign: log.foreign };
  }

  it('serves the county portal, accessible and loading nothing from third parties', async () => {
    const { page, foreign } = await open('/');
    await expect(page.title()).resolves.toContain('示例县人民政府');
    await page.locator('enforcement-disclosure h2').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign()).toEqual([]);
    await page.context().close();
  });

  it('loads TinyMCE on the CMS page and the server receives what the form publishes', async () => {
    const { page, foreign } = await open('/cms/');
    const editorBody = page.frameLocator('iframe.tox-edit-area__iframe').locator('body');
    await expect(editorBody.locator('p').first().textContent()).resolves.toContain(
      '示例县市场监督管理局',
    );
    // The last paragraph: a click in the middle of the body can land in the sample's table.
    await editorBody.locator('p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('联系人：演示文本');

    await Promise.all([page.waitForURL('**/cms/publish'), page.click('#publish')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('服务器已收到');
    const received = await page.evaluate(async () => (await fetch('/cms/received')).json());
    const last = received.at(-1);
    expect(last.fields.content).toContain('联系人：演示文本');
    expect(last.fields.title).toContain('行政处罚决定书');
    expect(foreign()).toEqual([]);
    await page.context().close();
  });

  it('publishes through the AJAX button too', async () => {
    const { page } = await open('/cms/');
    await page.frameLocator('iframe.tox-edit-area__iframe').locator('body p').first().waitFor();
    await page.click('#publish-ajax');
    await expect(page.locator('#ajax-result')).toBeDefined();
    await page.waitForFunction(() =>
      document.getElementById('ajax-result')?.textContent?.includes('发布成功'),
    );
    await page.context().close();
  });
});

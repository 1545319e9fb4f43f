import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUrl } from '../browser/demo-server';
import { openSidePanelFor, withExtension } from '../browser/extension-suite';

describe('side panel', () => {
  const browser = withExtension();

  /** The CMS page, and the side panel page pinned to its tab (a real side panel needs a click). */
  async function openBoth(path: string): Promise<{ cms: Page; panel: Page }> {
    const cms = await browser.session.context.newPage();
    await cms.goto(demoUrl(path));
    await cms.waitForSelector('gongshi-assistant .panel[data-findings="3"]');
    const panel = await openSidePanelFor(browser, cms);
    return { cms, panel };
  }

  it("lists the page's findings masked, and the publication checklist from the core rules", async () => {
    const { cms, panel } = await openBoth('/cms/textarea.html');
    const findings = panel.getByRole('region', { name: '本页个人信息' });
    await findings.getByText('发现 3 处个人信息').waitFor();
    const text = (await findings.textContent()) ?? '';
    expect(text).toContain('139****1234');
    expect(text).not.toContain('13908301234');
    const checklist = panel.getByRole('region', { name: '发布核对清单' });
    // Decided 2026-11-20 (a Friday): 7 working days under the 泸州 2018 profile.
    await checklist.getByText('2026-12-01', { exact: true }).waitFor();
    await panel.getByRole('button', { name: '全部脱敏' }).click();
    await cms.waitForSelector('gongshi-assistant .panel[data-findings="0"]');
    const record = panel.getByRole('region', { name: '发布记录（全过程留痕）' });
    await record.locator('li[data-kind="redaction"]').first().waitFor();
    await cms.close();
    await panel.close();
  });

  it('settings reach the page: words always redacted and the staff mask style', async () => {
    const { cms, panel } = await openBoth('/cms/textarea.html');
    await panel.getByLabel('总是脱敏的词').fill('王某明');
    await panel.getByLabel('内部审阅').check();
    await panel.getByRole('button', { name: '保存设置' }).click();
    await cms.waitForSelector('gongshi-assistant .panel[data-findings="4"]');
    await cms.getByRole('button', { name: '全部脱敏', exact: true }).click();
    await cms.waitForSelector('gongshi-assistant .panel[data-findings="0"]');
    const value = await cms.locator('#content').inputValue();
    expect(value).toContain('139****1234');
    expect(value).not.toContain('王某明');
    await cms.close();
    await panel.close();
  });

  it('made no request beyond the demo server', () => {
    expect(browser.requests.foreign()).toEqual([]);
  });
});

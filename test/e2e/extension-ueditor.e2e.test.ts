import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReceivedPublication } from '../../demo-site/server/server';
import { demoUrl } from '../browser/demo-server';
import { withExtension } from '../browser/extension-suite';

/**
 * The real Baidu UEditor 1.4.3 (npm `ueditor`, its example app's full build), as most county
 * CMSs embed it: a javascript: URL iframe it writes itself, its own undo stack, and a form
 * field it fills from getContent() when the form is submitted.
 */
const PAGE = '/cms/ueditor143.html';
/** The fictitious personal data in demo-site/public/cms/sample.js, and what must survive. */
const PERSONAL = ['510521198503121230', '13908301234', '福集镇龙城大道88号'];
const HOTLINE = '0830-3102315';
const TYPED_MOBILE = '13812345678';

const browser = withExtension();

async function received(): Promise<ReceivedPublication[]> {
  return (await fetch(demoUrl('/cms/received'))).json() as Promise<ReceivedPublication[]>;
}

/** What arrived at the server after `publish` ran: exactly one new publication. */
async function publication(publish: () => Promise<unknown>): Promise<ReceivedPublication> {
  const before = (await received()).length;
  await publish();
  for (let attempt = 0; attempt < 100; attempt++) {
    const all = await received();
    if (all.length > before) return all.at(-1)!;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
  throw new Error('nothing reached the server');
}

function editorFrame(page: Page): FrameLocator {
  return page.frameLocator('#content iframe[id^="ueditor_"]');
}
function editable(page: Page): Locator {
  return editorFrame(page).locator('body');
}
function panel(page: Page): Locator {
  return page.locator('gongshi-assistant .panel');
}
function gateDialog(page: Page): Locator {
  return page.locator('gongshi-assistant dialog[open]');
}
async function waitForFindings(page: Page, count: number): Promise<void> {
  await page.waitForSelector(`gongshi-assistant .panel[data-findings="${count}"]`);
}

/** UEditor's own view of its content: what any CMS built on it saves. */
function ueditorContent(page: Page): Promise<string> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { UE: { getEditor(id: string): { getContent(): string } } }
    ).UE.getEditor('content').getContent(),
  );
}

async function open(): Promise<Page> {
  const page = await browser.session.context.newPage();
  const logs: string[] = [];
  page.on('console', (message) => logs.push(`${message.type()} ${message.text().slice(0, 300)}`));
  await page.goto(demoUrl(PAGE));
  await page.waitForSelector('#content[data-ready="true"]');
  try {
    await waitForFindings(page, 3);
  } catch (error) {
    const shown = await panel(page)
      .getAttribute('data-findings', { timeout: 1000 })
      .catch(() => 'no panel');
    throw new Error(`UEditor: expected 3 findings, the panel shows ${shown}. ${logs.join(' | ')}`, {
      cause: error,
    });
  }
  return page;
}

function expectRedacted(content: string): void {
  for (const value of PERSONAL) expect(content).not.toContain(value);
  expect(content).toContain('【已脱敏】');
  expect(content).toContain(HOTLINE);
  expect(content).toContain('92510521MA6ABCDE1X');
  // Formatting survives: UEditor re-serialises, but keeps the bold agency and the table.
  expect(content).toMatch(/<strong>示例县市场监督管理局<\/strong>/);
  expect(content).toMatch(/<table[\s>]/);
  expect(content).toMatch(/<th[^>]*>\s*住址\s*<\/th>/);
}

/** The three ways a CMS publishes; each must meet the gate before anything is sent. */
const PUBLISH_PATHS = [
  { name: 'the submit button', button: '#publish', navigates: true },
  { name: 'a script calling form.submit()', button: '#publish-script', navigates: true },
  { name: 'the AJAX publish button', button: '#publish-ajax', navigates: false },
] as const;

describe('Baidu UEditor 1.4.3', () => {
  it('loads only from the demo server and asks no upload controller for its config', async () => {
    const page = await open();
    const urls = browser.requests.all;
    expect(urls.some((url) => url.includes('/vendor/ueditor/ueditor.all.js'))).toBe(true);
    expect(urls.filter((url) => /[?&]action=/.test(url))).toEqual([]);
    const version = await page.evaluate(
      () => (globalThis as unknown as { UE: { version: string } }).UE.version,
    );
    expect(version).toBe('1.4.3');
    await page.close();
  });

  it('finds personal data typed into its iframe, highlighted without touching its DOM', async () => {
    const page = await open();
    const before = await editable(page).innerHTML();
    await editable(page).locator('p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`联系人手机${TYPED_MOBILE}`);
    await waitForFindings(page, 4);
    await expect(panel(page).locator('li').last().textContent()).resolves.toContain('138****5678');
    await expect(panel(page).textContent()).resolves.not.toContain(TYPED_MOBILE);
    // Painted in UEditor's editing document, the page's only frame.
    const painted = await page
      .frames()
      .filter((candidate) => candidate !== page.mainFrame())
      .reduce<Promise<number>>(
        async (sum, candidate) =>
          (await sum) +
          (await candidate.evaluate(() => CSS.highlights.get('gongshi-personal-data')?.size ?? 0)),
        Promise.resolve(0),
      );
    expect(painted).toBe(4);
    const after = await editable(page).innerHTML();
    expect(after).not.toContain('gongshi');
    expect(after.length).toBeGreaterThan(before.length);
    await page.close();
  });

  it('全部脱敏 redacts through UEditor: getContent() and the field it fills on submit', async () => {
    const page = await open();
    await page.getByRole('button', { name: '全部脱敏', exact: true }).click();
    await waitForFindings(page, 0);
    expectRedacted(await ueditorContent(page));
    // Nothing left to stop: the submit button publishes what UEditor copied into its field.
    const sent = await publication(() =>
      Promise.all([page.waitForURL('**/cms/publish'), page.click('#publish')]),
    );
    expectRedacted(sent.fields.content!);
    await page.close();
  });

  for (const path of PUBLISH_PATHS) {
    it(`the gate stops ${path.name}; 全部脱敏并发布 sends only redacted text`, async () => {
      const page = await open();
      const count = (await received()).length;
      await page.click(path.button);
      await gateDialog(page).waitFor();
      expect(page.url()).toContain(PAGE);
      expect((await received()).length).toBe(count);
      await expect(page.locator('#ajax-result').textContent()).resolves.toBe('');
      const confirm = gateDialog(page).getByRole('button', { name: '全部脱敏并发布' });
      const sent = await publication(() =>
        path.navigates
          ? Promise.all([page.waitForURL('**/cms/publish'), confirm.click()])
          : confirm.click(),
      );
      if (!path.navigates) {
        await page.waitForFunction(() =>
          document.getElementById('ajax-result')?.textContent?.includes('发布成功'),
        );
      }
      expectRedacted(sent.fields.content!);
      await page.close();
    });
  }

  it("UEditor's own undo (Ctrl+Z) brings a redaction back", async () => {
    const page = await open();
    await page.getByRole('button', { name: /^脱敏 手机号/ }).click();
    await waitForFindings(page, 2);
    await editable(page).locator('p').first().click();
    await page.keyboard.press('Control+Z');
    await waitForFindings(page, 3);
    await expect(ueditorContent(page)).resolves.toContain(PERSONAL[1]);
    await page.close();
  });

  it('撤销 in the panel puts 全部脱敏 back, in UEditor’s content too', async () => {
    const page = await open();
    await page.getByRole('button', { name: '全部脱敏', exact: true }).click();
    await waitForFindings(page, 0);
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await waitForFindings(page, 3);
    const content = await ueditorContent(page);
    for (const value of PERSONAL) expect(content).toContain(value);
    await page.close();
  });

  it('the page and the extension made no request beyond the demo server', () => {
    expect(browser.requests.foreign()).toEqual([]);
  });
});

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReceivedPublication } from '../../demo-site/server/server';
import { axeViolations } from '../browser/axe';
import { demoUrl } from '../browser/demo-server';
import { openSidePanelFor, withExtension } from '../browser/extension-suite';

const browser = withExtension();

interface Editor {
  readonly name: string;
  readonly path: string;
  /** The editable element, inside its frame when there is one. */
  editable(page: Page): Locator;
}

const TINYMCE: Editor = {
  name: 'TinyMCE',
  path: '/cms/',
  editable: (page) => page.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
};
const CONTENTEDITABLE: Editor = {
  name: 'contenteditable',
  path: '/cms/contenteditable.html',
  editable: (page) => page.locator('#editor'),
};

async function received(): Promise<ReceivedPublication[]> {
  return (await fetch(demoUrl('/cms/received'))).json() as Promise<ReceivedPublication[]>;
}

function panel(page: Page): Locator {
  return page.locator('gongshi-assistant .panel');
}

function gateDialog(page: Page): Locator {
  return page.locator('gongshi-assistant dialog[open]');
}

async function open(editor: Editor, sample: string, findings: number): Promise<Page> {
  const page = await browser.session.context.newPage();
  await page.goto(demoUrl(`${editor.path}?sample=${sample}`));
  await page.waitForSelector(`gongshi-assistant .panel[data-findings="${findings}"]`, {
    timeout: 15_000,
  });
  return page;
}

/** The side panel page for the CMS tab (opened as a tab of its own, as in the other tests). */
function sidePanelFor(cms: Page): Promise<Page> {
  return openSidePanelFor(browser, cms);
}

// The fictitious 15-year-old of demo-site/public/cms/sample.js (?sample=minor): the only
// evidence of the age is the birth date inside the ID number, which redaction removes.
const MINOR_ID = '510521200805031230';
const MINOR_REASON = '当事人2008年5月3日出生，2024年3月20日未满18周岁';

/** Every way the demo CMS publishes is stopped, with the minor's dialog and only 返回修改. */
async function expectEveryPublishStopped(page: Page, intro: string): Promise<void> {
  const before = (await received()).length;
  for (const button of ['#publish', '#publish-script', '#publish-ajax']) {
    await page.click(button);
    const dialog = gateDialog(page);
    await dialog.getByRole('heading', { name: '未成年人的执法决定不予公开' }).waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain(intro);
    expect(text).toContain(MINOR_REASON);
    for (const name of ['全部脱敏并发布', '仍要发布']) {
      expect(await dialog.getByRole('button', { name }).count()).toBe(0);
    }
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await expect(page.locator('#ajax-result').textContent()).resolves.toBe('');
  expect((await received()).length).toBe(before);
}

describe.each([TINYMCE, CONTENTEDITABLE])('a decision on a minor in $name', (editor) => {
  it('is never published: not as it is, not after 全部脱敏 removed the ID that showed the age', async () => {
    const page = await open(editor, 'minor', 3);
    // The panel names the finding and says why.
    const listed = panel(page).locator('li', { hasText: '未成年人' });
    await expect(listed.textContent()).resolves.toContain(MINOR_REASON);
    expect(await listed.getByRole('button', { name: /^忽略/ }).count()).toBe(0);

    await expectEveryPublishStopped(page, '这是未成年人的行政执法决定，依法不予公开');

    // 全部脱敏 masks the name and removes the ID: the engine alone would see no minor now.
    await page.getByRole('button', { name: '全部脱敏', exact: true }).click();
    await page.waitForSelector('gongshi-assistant .panel[data-findings="0"]');
    const text = (await editor.editable(page).textContent()) ?? '';
    expect(text).not.toContain(MINOR_ID);
    expect(text).not.toContain('王小明');
    expect(text).toContain('王某某');
    await expect(panel(page).locator('.blocked').textContent()).resolves.toContain(MINOR_REASON);

    await expectEveryPublishStopped(page, '本页正文已被认定为未成年人的行政执法决定');
    await page.close();
  });
});

describe('a decision on a minor, around the gate', () => {
  it('the side panel checklist fails the minors item, also after 全部脱敏', async () => {
    const page = await open(CONTENTEDITABLE, 'minor', 3);
    await page.getByRole('button', { name: '全部脱敏', exact: true }).click();
    await page.waitForSelector('gongshi-assistant .panel[data-findings="0"]');
    const sidePanel = await sidePanelFor(page);
    const checklist = sidePanel.getByRole('region', { name: '发布核对清单' });
    await checklist.locator('.severity-error', { hasText: '未满 18 周岁' }).waitFor();
    await expect(
      sidePanel.getByRole('region', { name: '本页个人信息' }).textContent(),
    ).resolves.toContain('未成年人的执法决定依法不予公开');
    await sidePanel.close();
    await page.close();
  });

  it('the dialog passes axe (WCAG 2.1 AA)', async () => {
    const page = await open(CONTENTEDITABLE, 'minor', 3);
    await page.click('#publish');
    await gateDialog(page).waitFor();
    expect(await axeViolations(page, { include: 'gongshi-assistant' })).toEqual([]);
    await page.close();
  });
});

// ?sample=table: 当事人 | 性别 | 地址 over 李某某 | 男 | the address. Read cell by cell with
// spaces, nothing names the address; read as the engine reads a table (地址：…), it is found.
const TABLE_ADDRESS = '四川省泸州市江阳区康城路12号3单元502室';
const TYPED_MOBILE = '13812345678';

describe.each([TINYMCE, CONTENTEDITABLE])('a party table in $name', (editor) => {
  it('finds the address under 地址 for a natural person, and 全部脱敏 redacts it in its cell', async () => {
    const page = await open(editor, 'table', 1);
    await expect(panel(page).locator('li .kind').textContent()).resolves.toBe('住址');
    const painted = () =>
      editor.editable(page).evaluate(() => {
        const ranges = [
          ...((CSS.highlights.get('gongshi-personal-data') as Set<AbstractRange>) ?? []),
        ];
        return ranges.map((range) => {
          const node = range.startContainer as Text;
          return node === range.endContainer
            ? node.data.slice(range.startOffset, range.endOffset)
            : `${node.data}…`;
        });
      });
    // The finding's range maps onto the address cell's own text.
    expect(await painted()).toEqual([TABLE_ADDRESS]);

    // Typing in a cell: the table is read again (its labels may change) and still maps.
    const row = editor.editable(page).locator('table tr').nth(1);
    await row.locator('td').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(`，手机${TYPED_MOBILE}`);
    await page.waitForSelector('gongshi-assistant .panel[data-findings="2"]');
    expect((await painted()).sort()).toEqual([TABLE_ADDRESS, TYPED_MOBILE].sort());

    await page.getByRole('button', { name: '全部脱敏', exact: true }).click();
    await page.waitForSelector('gongshi-assistant .panel[data-findings="0"]');
    const cells = (await row.locator('td').allTextContents()).map((cell) => cell.trim());
    expect(cells[0]).toBe('李某某');
    expect(cells[1]).toMatch(/^男，手机/);
    expect(cells[1]).not.toContain(TYPED_MOBILE);
    expect(cells[2]).toBe('四川省泸州市江阳区【已脱敏】');
    await expect(editor.editable(page).locator('th').allTextContents()).resolves.toEqual([
      '当事人',
      '性别',
      '地址',
    ]);

    const before = (await received()).length;
    await Promise.all([page.waitForURL('**/cms/publish'), page.click('#publish')]);
    const sent = (await received()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.fields.content).not.toContain('康城路12号');
    expect(sent[0]!.fields.content).not.toContain(TYPED_MOBILE);
    expect(sent[0]!.fields.content).toMatch(/<th[^>]*>\s*地址\s*<\/th>/);
    await page.close();
  });
});

describe('network', () => {
  it('the extension made no request beyond the demo server', () => {
    expect(browser.requests.foreign()).toEqual([]);
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUrl } from '../browser/demo-server';
import { openSidePanelFor, withExtension } from '../browser/extension-suite';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../bin/gongshi.js');

// Issue 7 end to end: a major penalty (¥200,000 and a suspension, on the demo's
// `?sample=major` page) cannot be published before its legal review says 同意, and the
// publishing record shows every step in order and verifies.
describe('legal review and the publishing record', () => {
  const browser = withExtension();

  function sidePanelFor(cms: Page): Promise<Page> {
    return openSidePanelFor(browser, cms);
  }

  async function received(page: Page): Promise<Array<{ fields: Record<string, string> }>> {
    return page.evaluate(async () => (await fetch('/cms/received')).json());
  }

  it('blocks a major penalty until the review says 同意, and records check, redaction, opinion, publication', async () => {
    const cms = await browser.session.context.newPage();
    await cms.goto(demoUrl('/cms/textarea.html?sample=major'));
    await cms.waitForSelector('gongshi-assistant .panel[data-findings="3"]');
    const before = (await received(cms)).length;

    // Set the operator written into every record entry.
    const panel = await sidePanelFor(cms);
    await panel.getByLabel('操作人员（写入每条记录）').fill('信息员甲');
    await panel.getByRole('button', { name: '保存记录设置' }).click();
    await panel.getByText('记录设置已保存。').waitFor();

    const dialog = cms.locator('gongshi-assistant dialog[open]');
    await cms.click('#publish');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '全部脱敏并发布' }).click();

    // Clean text now, but the decision is major: the dialog asks for the legal review.
    await dialog.getByRole('heading', { name: '重大执法决定须经法制审核后方可发布' }).waitFor();
    const reasons = (await dialog.textContent()) ?? '';
    expect(reasons).toContain('罚款金额达到');
    expect(reasons).toContain('责令停产停业');
    expect(await dialog.getByRole('button', { name: '仍要发布' }).count()).toBe(0);

    // An opinion other than 同意 keeps it stopped, with the opinion shown.
    await dialog.getByLabel('审核意见', { exact: true }).selectOption('补充');
    await dialog.getByLabel('审核人', { exact: true }).fill('法制股 李某');
    await dialog.getByLabel('审核日期').fill('2026-11-19');
    await dialog.getByRole('button', { name: '保存审核意见' }).click();
    await dialog.getByText('法制审核意见为“补充”，不得公开').waitFor();
    expect((await received(cms)).length).toBe(before);

    // 同意 with the eight points ticked lets the stopped publication go.
    await dialog.getByLabel('审核意见', { exact: true }).selectOption('同意');
    for (const point of await dialog.locator('fieldset').last().getByRole('checkbox').all()) {
      await point.check();
    }
    await Promise.all([
      cms.waitForURL('**/cms/publish'),
      dialog.getByRole('button', { name: '保存审核意见' }).click(),
    ]);
    const published = (await received(cms)).at(-1)!;
    expect(published.fields.content).not.toContain('510521198503121230');
    expect(published.fields.content).toContain('贰拾万元');

    // The record, newest first in the panel: check → redaction(s) → opinions → publication.
    await panel.reload();
    const record = panel.getByRole('region', { name: '发布记录（全过程留痕）' });
    await record.locator('li[data-kind="publication"]').first().waitFor();
    const kinds = await record
      .locator('ol.journal li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')).reverse());
    const order = kinds.filter((kind, index) => kind !== kinds[index - 1]);
    expect(order).toEqual(['check', 'redaction', 'review-opinion', 'publication']);
    const text = (await record.textContent()) ?? '';
    expect(text).toContain('示市监罚〔2026〕20号');
    expect(text).toContain('信息员甲');
    expect(text).toContain('意见：补充');
    expect(text).toContain('意见：同意');
    expect(text).not.toContain('510521198503121230');

    await record.getByRole('button', { name: '校验记录' }).click();
    await record.getByText(/✓ 记录完整：共 \d+ 条/).waitFor();

    // Export it, alter one entry by hand: verify-log names the entry.
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      record.getByRole('button', { name: '导出 JSON（可校验）' }).click(),
    ]);
    const exported = JSON.parse(await readStream(await download.createReadStream()));
    const dir = await mkdtemp(join(tmpdir(), 'gongshi-review-'));
    const intact = join(dir, 'journal.json');
    await writeFile(intact, JSON.stringify(exported, null, 2));
    await expect(run(process.execPath, [bin, 'verify-log', intact])).resolves.toMatchObject({
      stdout: expect.stringContaining('条记录完整'),
    });
    const opinion = exported.entries.find(
      (entry: { kind: string; details: { opinion?: string } }) =>
        entry.kind === 'review-opinion' && entry.details.opinion === '补充',
    );
    opinion.details.opinion = '同意';
    const altered = join(dir, 'altered.json');
    await writeFile(altered, JSON.stringify(exported, null, 2));
    const failure = await run(process.execPath, [bin, 'verify-log', altered]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stdout: string }).stdout).toContain(`第 ${opinion.seq} 条记录`);

    expect(browser.requests.foreign()).toEqual([]);
    await panel.close();
    await cms.close();
  });

  // Issue 14 item 3: 同意 means every point was checked or its omission explained; the reviewer
  // comes from the roster the organisation configured; the 审核时限 is shown and a late one flagged.
  it('refuses 同意 with an unticked point until its reason is written, and takes the reviewer from the roster', async () => {
    const cms = await browser.session.context.newPage();
    await cms.goto(demoUrl('/cms/textarea.html?sample=major'));
    await cms.waitForSelector('gongshi-assistant .panel[data-findings]');
    const panel = await sidePanelFor(cms);

    // (The first test's review of this decision, by 法制股 李某, stops counting once the roster
    // leaves him out: the gate takes reviewers from the roster only.)
    await panel.getByLabel(/法制审核人员名册/).fill('法制股 王某\n法制股 赵某');
    await panel.getByRole('button', { name: '保存设置' }).click();
    await panel.getByText('设置已保存。').waitFor();

    const section = panel.getByRole('region', { name: '法制审核' });
    await section.getByText('审核时限：送审后 5 个工作日内完成').waitFor();

    // The reviewer is a select holding exactly the roster, not a text box.
    const reviewer = section.getByLabel('审核人', { exact: true });
    expect(await reviewer.evaluate((element) => element.tagName)).toBe('SELECT');
    expect(await reviewer.locator('option').allTextContents()).toEqual([
      '请从审核人员名册中选择',
      '法制股 王某',
      '法制股 赵某',
    ]);
    await section.getByLabel('审核意见', { exact: true }).selectOption('同意');
    await reviewer.selectOption('法制股 王某');
    await section.getByLabel('审核日期').fill('2026-11-19');
    // Submitted long before: the review is late, and the panel says so once saved.
    await section.getByLabel('送审日期').fill('2026-11-02');
    for (const point of await section.locator('fieldset').last().getByRole('checkbox').all()) {
      await point.check();
    }
    await section.getByRole('checkbox', { name: '是否涉嫌犯罪需要移送司法机关' }).uncheck();

    // Refused, naming the one open point; nothing is stored.
    await section.getByRole('button', { name: '保存审核意见' }).click();
    const refusal = section.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      '有 1 项审核要点未勾选且未写明理由：是否涉嫌犯罪需要移送司法机关',
    );
    expect(await section.getByText('法制审核意见为“同意”，可以发布。').count()).toBe(0);

    // A written reason for that point makes the same 同意 stand.
    await section
      .getByLabel('“是否涉嫌犯罪需要移送司法机关”未勾选的理由')
      .fill('经查无犯罪线索，不涉及移送');
    await section.getByRole('button', { name: '保存审核意见' }).click();
    await panel.getByText('法制审核意见为“同意”，可以发布。').waitFor();
    expect(await section.getByRole('alert').count()).toBe(0);
    const limit = section.locator('p[data-overdue]');
    expect(await limit.getAttribute('data-overdue')).toBe('true');
    expect(await limit.textContent()).toContain('最迟 2026-11-09');
    expect(await limit.textContent()).toContain('已超过审核时限');

    await panel.close();
    await cms.close();
  });

  // The page's own gate dialog takes the roster too: a review by someone outside it does not
  // let the decision out, and the reviewer is chosen from it there as in the side panel.
  it('the publish dialog takes the reviewer from the roster and refuses one outside it', async () => {
    const cms = await browser.session.context.newPage();
    await cms.goto(demoUrl('/cms/contenteditable.html?sample=major'));
    await cms.waitForSelector('gongshi-assistant .panel[data-findings]');
    const panel = await sidePanelFor(cms);
    const setRoster = async (names: string) => {
      await panel.getByLabel(/法制审核人员名册/).fill(names);
      await panel.getByRole('button', { name: '保存设置' }).click();
      await panel.getByText('设置已保存。').waitFor();
    };
    const dialog = cms.locator('gongshi-assistant dialog[open]');
    const approveInDialog = async (choose: () => Promise<unknown>) => {
      await dialog.getByLabel('审核意见', { exact: true }).selectOption('同意');
      await choose();
      await dialog.getByLabel('审核日期').fill('2026-11-20');
      for (const point of await dialog.locator('fieldset').last().getByRole('checkbox').all()) {
        await point.check();
      }
      await Promise.all([
        cms.waitForURL('**/cms/publish'),
        dialog.getByRole('button', { name: '保存审核意见' }).click(),
      ]);
    };

    // Before any roster: the side panel records an opinion by 法制股 孙某 (typed).
    await setRoster('');
    const section = panel.getByRole('region', { name: '法制审核' });
    await section.getByLabel('审核意见', { exact: true }).selectOption('补充');
    await section.getByLabel('审核人', { exact: true }).fill('法制股 孙某');
    await section.getByLabel('审核日期').fill('2026-11-19');
    await section.getByRole('button', { name: '保存审核意见' }).click();
    await panel.getByText('法制审核意见为“补充”，不得公开').first().waitFor();

    // A roster without him: the page's dialog says his review does not count.
    await setRoster('法制股 钱某\n法制股 周某');
    await cms.click('#publish');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '全部脱敏并发布' }).click();
    await dialog.getByRole('heading', { name: '重大执法决定须经法制审核后方可发布' }).waitFor();
    await dialog.getByText('审核人“法制股 孙某”不在本单位审核人员名册中').first().waitFor();
    expect(await dialog.getByRole('button', { name: '仍要发布' }).count()).toBe(0);

    // The reviewer is a select holding exactly the roster; choosing from it lets it out.
    const chosen = dialog.getByLabel('审核人', { exact: true });
    expect(await chosen.evaluate((element) => element.tagName)).toBe('SELECT');
    expect(await chosen.locator('option').allTextContents()).toEqual([
      '请从审核人员名册中选择',
      '法制股 钱某',
      '法制股 周某',
    ]);
    await approveInDialog(() => chosen.selectOption('法制股 周某'));
    const published = (await received(cms)).at(-1)!;
    expect(published.fields.content).toContain('贰拾万元');

    await setRoster('');
    await panel.close();
    await cms.close();
  });
});

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

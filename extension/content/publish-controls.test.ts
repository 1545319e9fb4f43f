import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPublishLabel, publishControlFor } from './publish-controls';

describe('isPublishLabel', () => {
  it.each([
    ['发布', true],
    ['保存并发布', true],
    ['签发（脚本提交）', true],
    ['提交', true],
    ['送审', true],
    ['發布', true],
    ['取消发布', false],
    ['撤回发布', false],
    ['预览', false],
    ['保存草稿', false],
    ['保存', false],
    ['', false],
    ['本机关依法发布的行政处罚决定书全文如下所示', false],
  ])('%s → %s', (label, expected) => {
    expect(isPublishLabel(label)).toBe(expected);
  });
});

describe('publishControlFor', () => {
  const { document } = parseHTML(`<html><body><form>
    <button id="b1"><span id="inner">发布</span></button>
    <input id="i1" type="submit" value="保存">
    <input id="i2" type="button" value="送审">
    <a id="a1" href="#">签发</a>
    <button id="b2" type="button">预览</button>
    <div id="d1">点击发布前请检查</div>
    <span id="s1" class="cms-send">确定</span>
  </form></body></html>`);
  const byId = (id: string) => document.getElementById(id);

  it.each([
    ['the text inside a publish button', 'inner', 'b1'],
    ['any submit input, whatever its label', 'i1', 'i1'],
    ['a button input labelled 送审', 'i2', 'i2'],
    ['a link labelled 签发', 'a1', 'a1'],
    ['a preview button', 'b2', undefined],
    ['text that is not a control', 'd1', undefined],
  ])('%s', (_name, target, expected) => {
    expect(publishControlFor(byId(target))?.id).toBe(expected);
  });

  it("matches the site's own selectors, and survives a malformed one", () => {
    expect(publishControlFor(byId('s1'), ['((', '.cms-send'])?.id).toBe('s1');
  });
});

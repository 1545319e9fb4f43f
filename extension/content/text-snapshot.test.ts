import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectHtml } from '../../core/privacy/index';
import { scanForPersonalData } from '../services/privacy';
import { patchSnapshot, snapshotText, type TextSnapshot } from './text-snapshot';

// linkedom (WXT's own DOM for Node) has no Range: live ranges are covered end to end in
// test/e2e/extension-editors.e2e.test.ts. StaticRange is a plain record of its four fields,
// so a stand-in shows here which text node each offset maps to.
beforeAll(() => {
  if (typeof globalThis.StaticRange === 'undefined') {
    globalThis.StaticRange = class {
      readonly startContainer: Node;
      readonly startOffset: number;
      readonly endContainer: Node;
      readonly endOffset: number;
      readonly collapsed: boolean;
      constructor(init: StaticRangeInit) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
        this.collapsed =
          init.startContainer === init.endContainer && init.startOffset === init.endOffset;
      }
    } as unknown as typeof StaticRange;
  }
});

function rootOf(html: string): HTMLElement {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root')!;
}

function textOf(html: string): string {
  return snapshotText(rootOf(html)).text;
}

/** The DOM text a range covers (within one text node, or across nodes in document order). */
function domTextOf(range: StaticRange): string {
  const start = range.startContainer as Text;
  const end = range.endContainer as Text;
  if (start === end) return start.data.slice(range.startOffset, range.endOffset);
  const all: Text[] = [];
  const collect = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) all.push(child as Text);
      else collect(child);
    }
  };
  collect(start.ownerDocument.body);
  let text = start.data.slice(range.startOffset);
  for (const node of all.slice(all.indexOf(start) + 1, all.indexOf(end))) text += node.data;
  return text + end.data.slice(0, range.endOffset);
}

function rangeOf(snapshot: TextSnapshot, needle: string): StaticRange | undefined {
  const start = snapshot.text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  return snapshot.staticRangeFor(start, start + needle.length);
}

const PARTY_TABLE =
  '<table><tbody><tr><td>当事人</td><td>王某某</td><td>性别</td><td>男</td></tr>' +
  '<tr><td>地址</td><td>泸州市江阳区康城路12号</td><td>联系电话</td><td>13908301234</td></tr></tbody></table>';

describe('snapshotText', () => {
  it.each([
    ['paragraphs become lines', '<p>甲</p><p>乙</p>', '甲\n乙\n'],
    ['line breaks', '<p>甲<br>乙</p>', '甲\n乙\n'],
    [
      'inline markup inside a number stays one run',
      '<p>身份证号：<b>5105</b>21198503121230</p>',
      '身份证号：510521198503121230\n',
    ],
    [
      'whitespace between blocks is layout, not an empty line',
      '<p>甲</p>\n  <p>乙</p>',
      '甲\n乙\n',
    ],
    [
      'a label cell and its value read label：value, each row a line',
      '<table><tr><th>住址</th><td>四川省泸州市</td></tr><tr><th>电话</th><td>139</td></tr></table>',
      '住址：四川省泸州市\n电话：139\n',
    ],
    [
      'a label cell ending in a colon is followed by a space',
      '<table><tr><td>住址：</td><td>四川省泸州市</td></tr></table>',
      '住址： 四川省泸州市\n',
    ],
    [
      'label | value | label | value',
      PARTY_TABLE,
      '当事人：王某某\u2063性别：男\n地址：泸州市江阳区康城路12号\u2063联系电话：13908301234\n',
    ],
    [
      'a header row labels the cells under it',
      '<table>\n<tr><td>姓名</td><td>身份证号</td></tr>\n<tr><td>张三</td><td>510521198503121230</td></tr>\n</table>',
      '姓名\u2063身份证号\n姓名：张三\u2063身份证号：510521198503121230\n',
    ],
    [
      'a cell whose whole text is bold is a header',
      '<table><tr><td><strong>备注</strong></td><td>无</td></tr></table>',
      '备注：无\n',
    ],
    [
      'a row styled bold is a header row, as in the HTML the CMS saves',
      '<table><tr style="font-weight:bold"><td>序号</td><td>户主</td><td>住址</td><td>经营内容</td><td>排查发现问题</td><td>处理情况</td></tr><tr><td>1</td><td>李桂芝</td><td>石碾村7组45号</td><td>小卖部</td><td>店内为电动自行车充电</td><td>当场整改</td></tr></table>',
      '序号\u2063户主\u2063住址\u2063经营内容\u2063排查发现问题\u2063处理情况\n序号：1\u2063户主：李桂芝\u2063住址：石碾村7组45号\u2063经营内容：小卖部\u2063排查发现问题：店内为电动自行车充电\u2063处理情况：当场整改\n',
    ],
    [
      'digits in neighbouring cells never join into one number',
      '<table><tr><td>139</td><td>08301234</td></tr></table>',
      '139\u206308301234\n',
    ],
    [
      'inside a cell, paragraphs, line breaks and source line breaks are spaces',
      '<table><tr><td>住址</td><td><p>泸州市</p><p>江阳区</p></td></tr><tr><td>甲<br>乙</td><td>1\n2</td></tr></table>',
      '住址： 泸州市 江阳区 \n甲 乙\u20631 2\n',
    ],
    [
      'a nested table is read on its own',
      '<table><tr><td>外<table><tr><td>住址</td><td>泸州</td></tr></table>尾</td><td>1</td></tr></table>',
      '外\n住址：泸州\n尾\u20631\n',
    ],
    [
      'a <dt> label and its <dd> read label：value',
      '<dl><dt>住址</dt><dd>泸州市江阳区康城路12号</dd><dt>说明文字很长很长很长很长很长很长</dt><dd>无</dd></dl>',
      '住址：泸州市江阳区康城路12号\n说明文字很长很长很长很长很长很长\n无\n',
    ],
    [
      "editors' own UI and scripts are not text",
      '<p>正文</p><div aria-hidden="true">把手</div><div data-mce-bogus="all">123</div><script>x</script>',
      '正文\n',
    ],
    [
      'widget content marked contenteditable=false is still published text',
      '<figure contenteditable="false"><table><tr><td>13908301234</td></tr></table></figure>',
      '13908301234\n',
    ],
    [
      'a trailing space never joins two paragraphs',
      '<p>138 </p><p>12345678</p>',
      '138 \n12345678\n',
    ],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  // The extension must find in the editor what the engine finds in the HTML the CMS saves.
  it.each([
    PARTY_TABLE,
    '<p><strong>示例县市场监督管理局</strong></p>\n<table border="1">\n<tbody>\n<tr><th>经营者</th><td>王某明</td></tr>\n<tr><th>身份证号</th><td>510521198503121230</td></tr>\n</tbody>\n</table>\n<p>尾</p>',
    '<table><tr><td>甲 </td><td>乙</td></tr></table>',
    '<table><thead><tr><th>姓名</th><th>住址</th></tr></thead><tbody><tr><td>张三</td><td>住所：泸州市</td></tr></tbody></table>',
    '<b><table><tr><td>地址</td><td>泸州</td></tr></table></b>',
    '<dl><dt>住址</dt>\n<dd>泸州市江阳区康城路12号</dd></dl>',
    '<ul><li>甲</li><li>乙<br>丙</li></ul><table><caption>当事人信息</caption><tr><td>a</td></tr></table>',
  ])('reads %s as the engine reads its HTML', (html) => {
    expect(textOf(html)).toBe(projectHtml(html).text.replace(/^\n/, ''));
  });
});

describe('offsets map to the DOM', () => {
  it("a value's offsets map to its cell's text node", () => {
    const snapshot = snapshotText(rootOf(PARTY_TABLE));
    const range = rangeOf(snapshot, '泸州市江阳区康城路12号')!;
    expect((range.startContainer as Text).data).toBe('泸州市江阳区康城路12号');
    expect([range.startOffset, range.endOffset]).toEqual([0, 12]);
  });

  it('text the snapshot wrote maps nowhere, and a span across it keeps to the DOM text', () => {
    const root = rootOf(
      '<table><tr><td>姓名</td><td>身份证号</td></tr><tr><td>张三</td><td>510521198503121230</td></tr></table>',
    );
    const snapshot = snapshotText(root);
    // The '：' after a label cell, and a header's label written before a data cell.
    const colon = snapshot.text.indexOf('：');
    expect(snapshot.staticRangeFor(colon, colon + 1)).toBeUndefined();
    expect(rangeOf(snapshot, '\u2063身份证号：')).toBeUndefined();
    const span = rangeOf(snapshot, '姓名：张三')!;
    expect((span.startContainer as Text).data).toBe('张三');
    expect(domTextOf(span)).toBe('张三');
  });

  it.each([
    PARTY_TABLE,
    '<p>当事人：李某，身份证号：<b>5105</b>21198503121230。</p><table><tr><th>住址</th><td>四川省泸州市泸县福集镇龙城大道88号</td></tr><tr><th>手机</th><td>13908301234</td></tr></table>',
  ])("every finding's range covers exactly the finding's text (%s)", (html) => {
    const snapshot = snapshotText(rootOf(html));
    const findings = scanForPersonalData(snapshot.text);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const range = snapshot.staticRangeFor(finding.start, finding.end)!;
      expect(domTextOf(range)).toBe(finding.text);
    }
  });

  it('a caret maps into the text at its offset', () => {
    const snapshot = snapshotText(rootOf('<p>甲</p><p>乙</p>'));
    const caret = snapshot.staticRangeFor(2, 2)!;
    expect((caret.startContainer as Text).data).toBe('乙');
    expect(caret.startOffset).toBe(0);
  });
});

describe('patchSnapshot', () => {
  function setup() {
    const { document } = parseHTML(
      '<html><body><div id="root"><p>身份证号：<b>5105</b>21</p><table><tr><td>住址</td><td>四川</td></tr></table><p>尾</p></div></body></html>',
    );
    const root = document.getElementById('root')!;
    const texts: Text[] = [];
    const walker = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) texts.push(child as Text);
        else walker(child);
      }
    };
    walker(root);
    return { root, texts };
  }

  it.each([
    ['typing at the start of the document', [[0, '当事人身份证号：']]],
    ['typing inside a number split by markup', [[1, '51052']]],
    [
      'typing in two places at once',
      [
        [0, '身份证'],
        [5, '结尾'],
      ],
    ],
    ['deleting characters', [[5, '尾巴']]],
  ] as const)('%s gives the text a full walk gives', (_name, edits) => {
    const { root, texts } = setup();
    const before = snapshotText(root);
    const changed = new Set<Text>();
    for (const [index, data] of edits) {
      texts[index]!.data = data;
      changed.add(texts[index]!);
    }
    const patched = patchSnapshot(before, changed);
    expect(patched?.text).toBe(snapshotText(root).text);
  });

  it('maps to the text nodes a model editor swapped in, as a full walk does', () => {
    const { root, texts } = setup();
    const before = snapshotText(root);
    // wangEditor re-renders a changed text by setting its element's textContent.
    const swaps = [
      [1, '【已脱敏】'],
      [4, '【已脱敏】'],
    ] as const;
    const replaced = new Map<Text, Text>();
    for (const [index, data] of swaps) {
      const old = texts[index]!;
      const fresh = root.ownerDocument.createTextNode(data);
      old.parentNode!.replaceChild(fresh, old);
      replaced.set(fresh, old);
    }
    const patched = patchSnapshot(before, new Set(replaced.keys()), replaced);
    const walked = snapshotText(root);
    expect(patched?.text).toBe(walked.text);
    const at = walked.text.indexOf('【已脱敏】');
    expect(patched?.staticRangeFor(at, at + 5)?.startContainer).toBe([...replaced.keys()][0]);
  });

  it('patches a thousand changed nodes as a full walk reads them', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, index) => `<p>第${index}段13908301234</p>`);
    const { document } = parseHTML(
      `<html><body><div id="root">${paragraphs.join('')}</div></body></html>`,
    );
    const root = document.getElementById('root')!;
    const before = snapshotText(root);
    const changed = new Set<Text>();
    for (const [index, paragraph] of [...root.querySelectorAll('p')].entries()) {
      if (index % 3 === 2) continue;
      const text = paragraph.firstChild as Text;
      text.data = text.data.replace('13908301234', index % 2 === 0 ? '139****1234' : '【已脱敏】');
      changed.add(text);
    }
    expect(patchSnapshot(before, changed)?.text).toBe(snapshotText(root).text);
  });

  it.each([
    ['a node was emptied', 0, ''],
    ['a node was left blank', 5, ' '],
    ['a node now ends a line', 5, '尾\n'],
    // 四川 → 住所: the value cell becomes a label, and the row no longer reads 住址：…
    ['a table cell changed', 4, '住所'],
  ])('asks for a full walk when %s', (_name, index, data) => {
    const { root, texts } = setup();
    const before = snapshotText(root);
    texts[index]!.data = data;
    expect(patchSnapshot(before, new Set([texts[index]!]))).toBeUndefined();
  });

  it('asks for a full walk when a node is unknown or had ended a line', () => {
    const { root, texts } = setup();
    texts[2]!.data = '21\n';
    const before = snapshotText(root);
    texts[2]!.data = '21';
    expect(patchSnapshot(before, new Set([texts[2]!]))).toBeUndefined();
    const stranger = root.ownerDocument.createTextNode('x');
    expect(patchSnapshot(before, new Set([stranger]))).toBeUndefined();
  });
});

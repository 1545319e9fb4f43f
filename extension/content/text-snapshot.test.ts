import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { patchSnapshot, snapshotText } from './text-snapshot';

// linkedom (WXT's own DOM for Node) has no Range: offsets → ranges are covered end to end
// in test/e2e/extension-editors.e2e.test.ts; here, the text the engine reads.
function textOf(html: string): string {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return snapshotText(document.getElementById('root')!).text;
}

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
      'table cells in a row are joined by a space, rows are lines',
      '<table><tr><th>住址</th><td>四川省泸州市</td></tr><tr><th>电话</th><td>139</td></tr></table>',
      '住址 四川省泸州市\n电话 139\n',
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
    [
      'existing whitespace is not doubled in a row',
      '<table><tr><td>甲 </td><td>乙</td></tr></table>',
      '甲 乙\n',
    ],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
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
        [3, '住所地址'],
        [5, '结尾'],
      ],
    ],
    ['deleting characters', [[4, '四']]],
  ] as const)('%s gives the text a full walk gives', (_name, edits) => {
    const { root, texts } = setup();
    const before = snapshotText(root);
    const changed = new Set<Text>();
    for (const [index, data] of edits) {
      texts[index]!.data = data;
      changed.add(texts[index]!);
    }
    expect(patchSnapshot(before, changed)?.text).toBe(snapshotText(root).text);
  });

  it('asks for a full walk when a node was emptied or is unknown', () => {
    const { root, texts } = setup();
    const before = snapshotText(root);
    texts[0]!.data = '';
    expect(patchSnapshot(before, new Set([texts[0]!]))).toBeUndefined();
    const stranger = root.ownerDocument.createTextNode('x');
    expect(patchSnapshot(before, new Set([stranger]))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { isPublishLabel } from './publish-controls';

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

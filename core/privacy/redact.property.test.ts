import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { validResidentId } from '../../test/privacy/expect-findings';
import { redactHtml, scanHtml } from './html';
import { redactText } from './redact';
import { scanText } from './scan';

/** Pieces of real disclosures and the characters that make text messy. */
const PIECES = [
  '身份证号码：',
  '身份證號碼：',
  '联系电话：',
  '聯繫電話：',
  '手机',
  '监督电话：',
  '住址：',
  '住所：',
  '委托代理人：',
  '证人：',
  '账号：',
  '缴款账户：',
  '统一社会信用代码：',
  '工商注册号：',
  '邮箱：',
  '车牌',
  '护照',
  '通行证',
  '当事人：',
  '有限公司',
  '，',
  '。',
  '、',
  '\n',
  ' ',
  '-',
  '.',
  '(',
  '）',
  '+86',
  '\u200b',
  '\u00a0',
  '\u3000',
  '【已脱敏】',
  '某',
  '*',
  '@',
  'example.com',
  'E',
  'C',
  'X',
  '川E',
  '泸州市江阳区',
  '康城路12号',
  '李四',
  '王小明',
  '欧阳小明',
  '歐陽',
  '證人：',
  '13812345678',
  '0830-2123456',
  '6222021234567890128',
  validResidentId('51050219850315001'),
  '510502850315001',
  '91510502MA62A0B31L',
  '１３８',
  '５１０５',
];

const messyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: fc.constantFrom('0', '1', '3', '5', '8', '9', 'x') }),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));
const style = fc.constantFrom('public' as const, 'staff' as const);

describe('redaction invariants', () => {
  fc.configureGlobal({ numRuns: 500 });
  test.prop([messyText])(
    'findings point at the text they claim, in order, without overlap',
    (text) => {
      let cursor = 0;
      for (const finding of scanText(text)) {
        expect(text.slice(finding.start, finding.end)).toBe(finding.text);
        expect(finding.start).toBeGreaterThanOrEqual(cursor);
        expect(finding.end).toBeGreaterThan(finding.start);
        cursor = finding.end;
      }
    },
  );

  test.prop([messyText, style])('redaction is idempotent', (text, redactionStyle) => {
    const once = redactText(text, { style: redactionStyle });
    expect(redactText(once, { style: redactionStyle })).toBe(once);
  });

  test.prop([messyText, style])('redacted text scans clean', (text, redactionStyle) => {
    expect(scanText(redactText(text, { style: redactionStyle }))).toEqual([]);
  });

  test.prop([messyText])('text outside findings is kept', (text) => {
    const findings = scanText(text);
    const redacted = redactText(text);
    if (findings.length > 0) {
      expect(redacted.startsWith(text.slice(0, findings[0]!.start))).toBe(true);
      expect(redacted.endsWith(text.slice(findings[findings.length - 1]!.end))).toBe(true);
    } else {
      expect(redacted).toBe(text);
    }
  });

  const tags = fc.constantFrom(
    '<span>',
    '</span>',
    '<b>',
    '</b>',
    '<p>',
    '</p>',
    '<br>',
    '<td>',
    '&nbsp;',
    '<!--x-->',
  );
  const messyHtml = fc
    .array(fc.oneof(messyText, tags), { maxLength: 12 })
    .map((parts) => parts.join(''));

  test.prop([messyHtml, style])(
    'HTML: redacted scans clean and keeps every tag',
    (html, redactionStyle) => {
      const redacted = redactHtml(html, { style: redactionStyle });
      expect(scanHtml(redacted)).toEqual([]);
      const tagsOf = (source: string) => source.match(/<[^<>]*>/g) ?? [];
      expect(tagsOf(redacted)).toEqual(tagsOf(html));
    },
  );
});

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
  // A fixed seed by default, so that CI on a clean clone gives the same verdict every run;
  // PROPERTY_SEED=random (or a number) explores further. Counterexamples found that way
  // become cases in the unit tests (docs/PRIVACY.md, "Known limits", lists those left).
  const seedSetting = process.env.PROPERTY_SEED;
  fc.configureGlobal({
    numRuns: 500,
    ...(seedSetting === 'random' ? {} : { seed: Number(seedSetting ?? 20261206) }),
  });
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

  // Party tables as CMS pages lay them out: label cells (some <th>, some bold), value cells
  // with names, addresses (broken by a space or a <br>), IDs, masks; any layout.
  const labelCell = fc.constantFrom(
    '当事人',
    '姓名',
    '性别',
    '身份证号',
    '公民身份号码',
    '地址',
    '住所',
    '送达地点',
    '现居住地址',
    '联系电话',
    '证人',
    '监护人',
    '法定代表人',
    '统一社会信用代码',
    '经营场所',
    '出生日期',
  );
  const valueCell = fc.constantFrom(
    '张大海',
    '欧阳小明',
    '王某某',
    '男',
    '2008年5月3日',
    '1985年3月7日',
    '泸州市江阳区康城路12号3单元602室',
    '泸州市江阳区 康城路12号',
    '康城路<br>12号4栋',
    '泸州市<span>江阳区</span>大山坪街道8号',
    '叙永县赤水镇鱼凫村2组14号',
    '【已脱敏】',
    '泸州市江阳区【已脱敏】',
    '泸州某某化工有限公司',
    '91510502MA62A0B31L',
    validResidentId('51050219850315001'),
    validResidentId('51050220080503001'),
    '138 1234 5678',
    '',
  );
  const cell = fc.oneof(
    labelCell.map((text) => `<td>${text}</td>`),
    labelCell.map((text) => `<th>${text}</th>`),
    labelCell.map((text) => `<td><b>${text}</b></td>`),
    valueCell.map((text) => `<td>${text}</td>`),
    valueCell.map((text) => `<td><p>${text}</p></td>`),
  );
  const table = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 })
    .map((rows) => `<table>${rows.map((row) => `<tr>${row.join('')}</tr>`).join('\n')}</table>`);
  const page = fc
    .array(
      fc.oneof(
        table,
        messyText.map((text) => `<p>${text}</p>`),
      ),
      { maxLength: 4 },
    )
    .map((parts) => parts.join('\n'));

  test.prop([page, style])(
    'HTML tables: redaction is idempotent, scans clean but for a minor, keeps every tag',
    (html, redactionStyle) => {
      const redacted = redactHtml(html, { style: redactionStyle });
      expect(redactHtml(redacted, { style: redactionStyle })).toBe(redacted);
      expect(scanHtml(redacted).filter((finding) => finding.kind !== 'minor')).toEqual([]);
      const tagsOf = (source: string) => source.match(/<[^<>]*>/g) ?? [];
      expect(tagsOf(redacted)).toEqual(tagsOf(html));
    },
  );

  // A header row of labels over rows of values (送达回证, 清单, a party table written across).
  const headerLabel = fc.constantFrom(
    '送达文书名称',
    '受送达人',
    '送达地点',
    '送达方式',
    '签收人',
    '代收人',
    '送达人',
    '序号',
    '姓名',
    '住址',
    '地址',
    '备注',
    '联系电话',
    '所有人',
  );
  const headerTable = fc
    .integer({ min: 2, max: 6 })
    .chain((width) =>
      fc.tuple(
        fc.array(headerLabel, { minLength: width, maxLength: width }),
        fc.array(fc.array(valueCell, { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
      ),
    )
    .map(
      ([head, rows, th]) =>
        `<table><tr>${head.map((label) => (th ? `<th>${label}</th>` : `<td><b>${label}</b></td>`)).join('')}</tr>${rows.map((row) => `<tr>${row.map((value) => `<td>${value}</td>`).join('')}</tr>`).join('\n')}</table>`,
    );

  test.prop([headerTable, style])(
    'HTML header tables: idempotent, scan clean but for a minor',
    (html, redactionStyle) => {
      const redacted = redactHtml(html, { style: redactionStyle });
      expect(redactHtml(redacted, { style: redactionStyle })).toBe(redacted);
      expect(scanHtml(redacted).filter((finding) => finding.kind !== 'minor')).toEqual([]);
    },
  );

  // Third persons named after a role word, with or without a colon, then again without one.
  const role = fc.constantFrom(
    '证人',
    '受害人',
    '其妻',
    '该店员工',
    '见证人',
    '代收人：',
    '委托代理人',
    '监护人：',
    '\n证人：',
    '\n当事人：',
  );
  const person = fc.constantFrom(
    '刘大海',
    '王芳勇',
    '林燕',
    '欧阳小明',
    '張大偉',
    '李某',
    '刘某某',
    '王**',
  );
  const prose = fc.constantFrom(
    '称，',
    '证实',
    '的陈述，',
    '（系当事人之父）',
    '、',
    '。',
    '推搡',
    '致其轻微伤。',
    '当事人：陈建国，男，2008年5月3日出生，',
    '2024年3月20日\n',
  );
  const story = fc
    .array(
      fc.oneof(
        fc.tuple(role, person).map(([r, p]) => r + p),
        person,
        prose,
        messyText,
      ),
      {
        maxLength: 16,
      },
    )
    .map((parts) => parts.join(''));

  test.prop([story, style])(
    'names found by their role: idempotent, scan clean but for a minor',
    (text, redactionStyle) => {
      const once = redactText(text, { style: redactionStyle });
      expect(redactText(once, { style: redactionStyle })).toBe(once);
      expect(scanText(once).filter((finding) => finding.kind !== 'minor')).toEqual([]);
    },
  );
});

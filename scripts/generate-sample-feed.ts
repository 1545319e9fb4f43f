/**
 * `npx tsx scripts/generate-sample-feed.ts`: writes the demo portal's sample feed
 * (demo-site/public/feeds/sample-feed.json), its month-sharded variant
 * (demo-site/public/feeds/sharded/) and the messy 双公示 spreadsheets under
 * test/fixtures/spreadsheets/. Deterministic: running it again changes nothing.
 *
 * Everything is fictitious: county 示例县, region code 519999 (no county has it), names 张某.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { serialiseFeed } from '../core/feed/serialise-feed';
import { ShardBy, shardFeed } from '../core/feed/shard-feed';
import { generateSampleFeed } from '../core/sample/sample-feed';
import { formatCsv } from '../core/spreadsheet/csv';
import { samplePdf } from '../demo-site/server/sample-pdf';

const root = resolve(import.meta.dirname, '..');
const written: string[] = [];
function write(path: string, content: string | Uint8Array): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  written.push(target);
}

// 1. The sample feed and its shards.
const feed = generateSampleFeed();
write('demo-site/public/feeds/sample-feed.json', serialiseFeed(feed));
rmSync(join(root, 'demo-site/public/feeds/sharded'), { recursive: true, force: true });
const { index, shards } = shardFeed(feed, ShardBy.month);
write('demo-site/public/feeds/sharded/index.json', serialiseFeed(index));
for (const shard of shards)
  write(`demo-site/public/feeds/sharded/${shard.url}`, serialiseFeed(shard.feed));

// The decision documents the records link to (files/….pdf, resolved against the demo pages at
// the site root): tiny stand-ins, so every attachment link of the demo opens a PDF.
rmSync(join(root, 'demo-site/public/files'), { recursive: true, force: true });
for (const record of feed.records) {
  for (const attachment of record.attachments ?? []) {
    write(
      `demo-site/public/${attachment.url}`,
      samplePdf([
        'Gongshi demo portal - sample attachment',
        `Record ${record.id}, decided ${record.decisionDate}`,
        'Fictitious: it stands in for the decision document of a demo record.',
      ]),
    );
  }
}

// 2. A penalty sheet as a legacy system exports it: GBK, a title row, header variants
//    (full-width brackets, 代码_1 without its label, stray spaces, an unknown column), mixed date
//    formats, a quoted cell with a comma and a line break, and rows that must be rejected.
const penaltyHeader = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1',
  '行政相对人代码_2（工商注册号）',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '没收违法所得、没收非法财物的金额（万元）',
  '处罚决定日期',
  '处罚有效期',
  '公示截止期',
  ' 处罚机关 ',
  '处罚机关统一社会信用代码',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '内部编号',
  '备注',
];
const agency = ['示例县市场监督管理局', '11519999MB00000015'];
const row = (cells: Record<string, string>) =>
  penaltyHeader.map((title) => cells[title.trim()] ?? '');
const company = {
  行政相对人名称: '示例县安和商贸有限公司',
  行政相对人类别: '法人及非法人组织',
  行政相对人代码_1: '91519999MA00000A02',
  法定代表人: '王某',
  法定代表人证件类型: '身份证',
  // The legal representative's ID is exchange data: the import must drop it.
  法定代表人证件号码: '519999197503120022',
  行政处罚决定书文号: '示市监罚〔2025〕1号',
  违法行为类型: '经营超过保质期的食品',
  违法事实: '经查，当事人销售超过保质期的预包装食品。',
  处罚依据: '《中华人民共和国食品安全法》第一百二十四条',
  处罚类别: '警告；罚款',
  处罚内容: '罚款人民币五千元',
  '罚款金额（万元）': '0.5',
  处罚决定日期: '2025/3/3',
  处罚有效期: '长期',
  公示截止期: '2026/3/3',
  处罚机关: agency[0]!,
  处罚机关统一社会信用代码: agency[1]!,
  数据来源单位: agency[0]!,
  数据来源单位统一社会信用代码: agency[1]!,
  内部编号: 'NB-0001',
};
const person = (name: string, id: string, number: number, date: string) => ({
  ...company,
  行政相对人名称: name,
  行政相对人类别: '自然人',
  行政相对人代码_1: '',
  法定代表人: '',
  法定代表人证件类型: '',
  法定代表人证件号码: '',
  证件类型: '身份证',
  证件号码: id,
  行政处罚决定书文号: `示市监罚〔2025〕${number}号`,
  处罚决定日期: date,
});
const penaltyRows = [
  ['示例县市场监督管理局行政处罚信息公示（2025年第一季度）'],
  penaltyHeader,
  row(company),
  row({
    ...company,
    行政相对人名称: '示例县丰源食品有限公司',
    行政相对人代码_1: '91519999MA00000B16',
    行政处罚决定书文号: '示市监罚〔2025〕2号',
    违法事实:
      '经查，当事人存在以下违法行为：\n一、销售过期食品，货值120元；\n二、未建立进货查验记录。',
    处罚内容: '警告，罚款人民币一万元，没收违法所得120元',
    '罚款金额（万元）': '1',
    '没收违法所得、没收非法财物的金额（万元）': '0.012',
    处罚决定日期: '2025-03-10',
  }),
  row({
    ...company,
    行政相对人名称: '示例县锦程便利店（个体工商户）',
    行政相对人类别: '个体户',
    行政相对人代码_1: '92519999MA00000C14',
    行政处罚决定书文号: '示市监罚〔2025〕3号',
    '罚款金额（万元）': '3000元',
    处罚决定日期: '2025年3月12日',
  }),
  row(person('张某', '519999198506150010', 4, '2025-03-14')),
  row(person('李某某', '519999200807300027', 5, '2025-03-17')),
  row(person('赵某', '519999781205003', 6, '2025-03-18')),
  row({ ...company, 行政相对人名称: '', 行政处罚决定书文号: '示市监罚〔2025〕7号' }),
  row({ ...company, 行政处罚决定书文号: '示市监罚〔2025〕8号', 处罚决定日期: '2025-13-01' }),
  [],
  row({
    ...company,
    行政相对人代码_1: '91519999MA00000A01',
    行政处罚决定书文号: '示市监罚〔2025〕9号',
  }),
  row({ ...person('周某', '', 10, '2025-03-25'), 证件类型: '' }),
  row({
    ...company,
    行政相对人名称: '示例县瑞祥建材有限公司',
    行政相对人代码_1: '',
    '行政相对人代码_2（工商注册号）': '519999000012345',
    行政处罚决定书文号: '示市监罚〔2025〕11号',
    处罚决定日期: '2025年4月8日',
    公示截止期: '2026年4月8日',
    备注: '当事人已缴纳罚款',
  }),
];
write('test/fixtures/spreadsheets/penalties-gbk.csv', iconv.encode(formatCsv(penaltyRows), 'gbk'));

// 3. A licence sheet as Excel saves it: shared strings, a title row, dates as serial numbers
//    (45717 = 2025-03-01), 有效期至 written 长期, one row without a decision date.
const licenceHeader = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '法定代表人',
  '证件类型',
  '证件号码',
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可证书名称',
  '许可编号',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
  '许可机关统一社会信用代码',
  '当前状态',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
];
type Cell = string | number;
const licence = (name: string, code: string, n: number, date: number, validTo: Cell): Cell[] => [
  name,
  '法人及非法人组织',
  code,
  '王某',
  '',
  '',
  '食品经营许可决定书',
  `示市监许〔2025〕${n}号`,
  '普通',
  '食品经营许可证',
  `JY15199990000${String(n).padStart(3, '0')}`,
  '预包装食品销售（含冷藏冷冻食品），热食类食品制售',
  date,
  date,
  validTo,
  agency[0]!,
  agency[1]!,
  '有效',
  agency[0]!,
  agency[1]!,
];
const licenceRows: Cell[][] = [
  ['示例县市场监督管理局行政许可信息'],
  licenceHeader,
  licence('示例县嘉禾餐饮有限公司', '91519999MA00000D18', 1, 45717, 47542),
  licence('示例县康宁医药有限公司', '91519999MA00000E19', 2, 45720, '长期'),
  licence('示例县恒信超市有限公司', '91519999MA00000F1A', 3, 45726, 47551),
  licence('示例县利民食品有限公司', '91519999MA00000G1B', 4, 45730, 47555).map((cell, i) =>
    i === 12 ? '' : cell,
  ),
  licence('示例县永兴饭店（个体工商户）', '92519999MA00000H19', 5, 45740, 47565).map((cell, i) =>
    i === 1 ? '个体工商户' : cell,
  ),
];
write('test/fixtures/spreadsheets/licences.xlsx', excelStyleWorkbook('行政许可', licenceRows));

/** A workbook laid out as Excel writes it (shared strings, numeric cells), unlike writeXlsx. */
function excelStyleWorkbook(sheetName: string, rows: readonly (readonly Cell[])[]): Uint8Array {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const escapeXml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cells = rows
    .map((cellsOfRow, r) => {
      const xml = cellsOfRow
        .map((cell, c) => {
          const ref = `${String.fromCharCode(65 + (c % 26)).padStart(c >= 26 ? 2 : 1, 'A')}${r + 1}`;
          if (cell === '') return '';
          if (typeof cell === 'number') return `<c r="${ref}" s="1"><v>${cell}</v></c>`;
          if (!indexOf.has(cell)) {
            indexOf.set(cell, strings.length);
            strings.push(cell);
          }
          return `<c r="${ref}" t="s"><v>${indexOf.get(cell)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/styles.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
      'xl/sharedStrings.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}"><sheetData>${cells}</sheetData></worksheet>`,
      ),
    },
    { level: 6, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

// The JSON files follow the repository's formatting, so `biome check .` stays clean.
execFileSync(
  'npx',
  ['biome', 'format', '--write', ...written.filter((path) => path.endsWith('.json'))],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
console.log(`Wrote ${written.length} files.`);

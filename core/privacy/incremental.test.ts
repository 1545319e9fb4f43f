import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { IncrementalScanner } from './incremental';
import { scanText } from './scan';

const PARAGRAPHS = [
  '当事人：张三，男，住址：泸州市江阳区康城路12号，联系电话：13812345678。',
  '当事人：泸州某某酒业有限公司',
  '住所：泸州市江阳区酒城大道一段8号',
  '联系电话：0830-2123456',
  '监督电话：0830-3196001',
  '委托代理人：李四、王五',
  '身份证号码：510502198503150016',
  '罚款缴至泸州市财政局非税收入专户，账号：2201024509000123456',
  '',
  '依据《中华人民共和国食品安全法》第一百二十四条，决定罚款5000元。',
];

describe('IncrementalScanner', () => {
  it('matches scanText after edits', () => {
    const scanner = new IncrementalScanner();
    let text = PARAGRAPHS.join('\n');
    expect(scanner.update(text)).toEqual(scanText(text));
    text = text.replace('13812345678', '13912345678 电话0830-2999999');
    expect(scanner.update(text)).toEqual(scanText(text));
    text = `前言\n${text}`;
    expect(scanner.update(text)).toEqual(scanText(text));
  });

  it('picks the same finding as scanText where two cover one span', () => {
    // A labelled 住所 that is also a personal address met again: found in another order when
    // only the lines after an edit are rescanned (a counterexample of the property below).
    const party = '当事人：张三，男，住址：泸州市江阳区康城路12号，联系电话：13812345678。';
    const premises = '住所：泸州市江阳区酒城大道一段8号';
    const id = '身份证号：510502\n198503150016';
    const scanner = new IncrementalScanner();
    let text = `${party}${premises}\t${party}${id}000`;
    scanner.update(text);
    const edits: [number, number, string][] = [
      [609450490, 11, `${id}${premises}`],
      [191796860, 18, `${party}00000`],
      [1661372866, 2, '公司'],
    ];
    for (const [at, remove, insert] of edits) {
      const position = at % (text.length + 1);
      text = text.slice(0, position) + insert + text.slice(position + remove);
      expect(scanner.update(text)).toEqual(scanText(text));
    }
  });

  // Counterexamples of the property below, each replayed: the text, then [at, remove, insert].
  const replays: [string, string, [number, number, string][]][] = [
    [
      'a home met again changes with the party line that gives it',
      `身份证号码：510502000址：泸州市江阳区康城路12号。\n当事人：张三，男，住址：泸州市江阳区康城路12号。`,
      [[49, 4, '']],
    ],
    [
      'a label whose value is on the next line',
      '住址：\n罚款缴至泸州市财政局非税收入专户',
      [[4, 0, '0']],
    ],
    [
      'a label two lines up, and the line it runs on into',
      '0000000\n0罚款缴至泸州市财政局非税收入专户，账号：2201024509000123456\n13812345678',
      [
        [1, 6, '住址：'],
        [12, 1, '\n'],
      ],
    ],
    [
      'a finding read on past the edited line',
      `0${PARAGRAPHS[0]}${PARAGRAPHS[0]}`,
      [
        [53, 2, '\n'],
        [0, 0, '0'],
      ],
    ],
    [
      'a blank line between a party and its home',
      '当事人：张三，男，局\n\n泸州市江阳区康城路12号，联系电话：13812345678。',
      [[13, 0, '0']],
    ],
  ];
  it.each(replays)('matches scanText after edits: %s', (_, original, edits) => {
    const scanner = new IncrementalScanner();
    let text = original;
    expect(scanner.update(text)).toEqual(scanText(text));
    for (const [at, remove, insert] of edits) {
      text = text.slice(0, at) + insert + text.slice(at + remove);
      expect(scanner.update(text)).toEqual(scanText(text));
    }
  });

  const fragment = fc.oneof(
    fc.constantFrom(
      ...PARAGRAPHS,
      '\n',
      '住址：',
      '公司',
      '局',
      '男，',
      '13812345678',
      '0830-2123456',
      '【已脱敏】',
    ),
    // An ID broken by a line break: an edit on one line changes a finding on the line before.
    fc.constantFrom('身份证号：510502\n198503150016', '510502', '198503150016', '\t'),
    fc.string({ unit: fc.constantFrom('0', '1', '3', '8', '-', ' ', '\n', '：', '所') }),
  );
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 40 }),
    insert: fc.array(fragment, { maxLength: 3 }),
  });

  // A fixed seed by default, as in redact.property.test.ts, so that CI on a clean clone gives
  // the same verdict every run; PROPERTY_SEED=random (or a number) explores further.
  const seedSetting = process.env.PROPERTY_SEED;
  test.prop([fc.array(fragment, { maxLength: 25 }), fc.array(edit, { maxLength: 8 })], {
    numRuns: 300,
    ...(seedSetting === 'random' ? {} : { seed: Number(seedSetting ?? 20261207) }),
  })('gives the same findings as scanText after any sequence of edits', (fragments, edits) => {
    const scanner = new IncrementalScanner();
    let text = fragments.join('');
    expect(scanner.update(text)).toEqual(scanText(text));
    for (const { at, remove, insert } of edits) {
      const position = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, position) + insert.join('') + text.slice(position + remove);
      expect(scanner.update(text)).toEqual(scanText(text));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';
import { nameLength } from './name';

describe('third-party names', () => {
  it.each([
    ['李四', 2],
    ['王小明', 3],
    ['欧阳小明', 4],
    ['歐陽小明', 4],
    ['张三系当事人', 2],
    ['王小明男', 3],
    ['四川某某律师事务所', 0],
  ])('nameLength(%s) = %i', (han, length) => expect(nameLength(han)).toBe(length));

  it.each([
    ['agent', '委托代理人：李四，', [['name', '李四']]],
    ['Traditional label', '委託代理人：李四。', [['name', '李四']]],
    ['Traditional compound surname', '委託代理人：歐陽小明，', [['name', '歐陽小明']]],
    [
      'witnesses list',
      '证人：王五、赵六。',
      [
        ['name', '王五'],
        ['name', '赵六'],
      ],
    ],
    ['relative', '近亲属：张小红（系当事人之女）', [['name', '张小红']]],
    ['contact person', '联系人: 刘德华', [['name', '刘德华']]],
  ] as const)('%s', (_name, text, expected) => {
    expectFindings(text, expected);
  });

  it.each([
    ['already masked', '委托代理人：李某'],
    ['staff mask', '委托代理人：李*'],
    ['no colon', '代理人认为处罚过重'],
    ['联系人员', '联系人员：若干'],
    ['officers are public', '执法人员：王明、李华'],
    ['party is public', '当事人：张三'],
  ])('%s is not reported', (_name, text) => {
    expectFindings(text, []);
  });

  it('alwaysRedact reports given words as names', () => {
    expectFindings('当事人张三于2024年', [['name', '张三']], { alwaysRedact: ['张三'] });
  });
});

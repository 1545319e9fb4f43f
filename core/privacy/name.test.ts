import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';
import { personNameEnd } from './reading/person-name';

describe('third-party names', () => {
  it.each([
    ['李四，', 2],
    ['王小明的', 3],
    ['欧阳小明。', 4],
    ['歐陽小明，', 4],
    ['张三系当事人', 2],
    ['刘大海证实', 3],
    ['四川某某律师事务所', -1],
    ['应自收到本决定书', -1],
    ['于当日', -1],
  ])('personNameEnd(%s) = %i', (text, end) => expect(personNameEnd(text, 0)).toBe(end));

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
    ['no colon', '证人刘大海证实当事人先动手。', [['name', '刘大海']]],
    ['kinship', '已通知其妻子林燕（联系电话另存）。', [['name', '林燕']]],
    [
      'named again without a role word',
      '受害人王芳勇称，当事人推搡王芳勇致其轻微伤。',
      [
        ['name', '王芳勇'],
        ['name', '王芳勇'],
      ],
    ],
    [
      'named before the role word',
      '监护人：唐建军（系当事人之父）。唐建军到场。',
      [
        ['name', '唐建军'],
        ['name', '唐建军'],
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expectFindings(text, expected);
  });

  it.each([
    ['already masked', '委托代理人：李某'],
    ['staff mask', '委托代理人：李*'],
    ['no name after the role', '代理人认为处罚过重'],
    ['联系人员', '联系人员：若干'],
    ['officers are public', '执法人员：王明、李华'],
    ['party is public', '当事人：张三'],
    ['a lawyer is public', '委托代理人：周明，四川某某律师事务所律师。'],
    ['the agency’s contact', '执法人员：王明\n联系人：李华　联系电话：0830-3196001'],
  ])('%s is not reported', (_name, text) => {
    expectFindings(text, []);
  });

  it('alwaysRedact reports given words as names', () => {
    expectFindings('当事人张三于2024年', [['name', '张三']], { alwaysRedact: ['张三'] });
  });
});

import { describe, expect, it } from 'vitest';
import { CELL_SEPARATOR, layoutTable, type TableCell, tableCellPrefixes } from './table-layout';

const td = (text: string): TableCell => ({ text, header: false });
const th = (text: string): TableCell => ({ text, header: true });
const S = CELL_SEPARATOR;

/** The row texts as the engine reads them: each cell's prefix, then its text. */
function read(rows: TableCell[][]): string[] {
  const prefixes = tableCellPrefixes(rows);
  return rows.map((row, r) => row.map((cell, c) => prefixes[r]![c]! + cell.text).join(''));
}

describe('tables read as label：value', () => {
  it.each<[string, TableCell[][], string[]]>([
    [
      'two columns, a label cell and its value',
      [
        [td('当事人'), td('张三')],
        [td('地址'), td('泸州市江阳区康城路12号')],
      ],
      ['当事人：张三', '地址：泸州市江阳区康城路12号'],
    ],
    ['four columns', [[td('姓名'), td('张三'), td('性别'), td('男')]], [`姓名：张三${S}性别：男`]],
    [
      'a value cell whose number was redacted, as it read before (redacting twice changes nothing)',
      [
        [td('药店负责人'), td('诸葛敏   联系电话：【已脱敏】')],
        [td('药店负责人'), td('诸葛敏   联系电话：13566997241')],
      ],
      ['药店负责人：诸葛敏   联系电话：【已脱敏】', '药店负责人：诸葛敏   联系电话：13566997241'],
    ],
    [
      'a numbered list’s titles head its columns, whatever they say (序号 | 委托人 | …)',
      [
        [td('序号'), td('委托人'), td('联系人姓名'), td('收费标准')],
        [td('1'), td('兴旺五金经营部'), td('胡志强'), td('200元/月')],
      ],
      [
        `序号${S}委托人${S}联系人姓名${S}收费标准`,
        `序号：1${S}委托人：兴旺五金经营部${S}联系人姓名：胡志强${S}收费标准：200元/月`,
      ],
    ],
    [
      'titles that say nothing (项目 | 内容) over rows of pairs: the pairs are read',
      [
        [td('项目'), td('内容'), td('项目'), td('内容')],
        [td('名称（字号）'), td('宏发五金店'), td('经营者'), td('贺文斌')],
      ],
      [`项目${S}内容${S}项目${S}内容`, `名称（字号）：宏发五金店${S}经营者：贺文斌`],
    ],
    [
      'a party’s column before titles that say nothing (当事人 | 项目 | 内容): the pairs are read',
      [
        [th('当事人'), th('项目'), th('内容')],
        [td('当事人一（登记经营者）'), td('姓名'), td('徐长海')],
        [
          { ...td('当事人一（登记经营者）'), spanned: 'row' },
          td('现住址'),
          td('新民市东城街道站前路19号楼2单元4楼东户'),
        ],
      ],
      [
        `当事人${S}项目${S}内容`,
        `当事人一（登记经营者）${S}姓名：徐长海`,
        `当事人一（登记经营者）${S}现住址：新民市东城街道站前路19号楼2单元4楼东户`,
      ],
    ],
    [
      'parties side by side, a column each: each row’s first cell labels its values',
      [
        [td('项目'), td('当事人一'), td('当事人二')],
        [td('姓名'), td('邱晓军'), td('马丽萍')],
        [td('住址'), td('盐边县桐子林镇金沙路南段22号'), td('攀枝花市东区人民街168号')],
      ],
      [
        `项目${S}当事人一${S}当事人二`,
        `姓名${S}姓名：邱晓军${S}姓名：马丽萍`,
        `住址${S}住址：盐边县桐子林镇金沙路南段22号${S}住址：攀枝花市东区人民街168号`,
      ],
    ],
    [
      'a bold label beside a plain value whose words read as a label too',
      [
        [th('行政相对人类别'), td('自然人')],
        [th('行政相对人代码_1（统一社会信用代码）'), td('')],
        [th('住所'), td('宜宾市南溪区大观镇梨园村5组37号')],
      ],
      // Not a header row over the rest: each row keeps its own label.
      [
        `行政相对人类别${S}自然人`,
        `行政相对人代码_1（统一社会信用代码）${S}`,
        '住所：宜宾市南溪区大观镇梨园村5组37号',
      ],
    ],
    [
      'a group’s title merged across a listing (熟溪街道（3人）) keeps the header over the rows below',
      [
        [td('序号'), td('住址'), td('姓名'), td('联系电话')],
        [td('1'), td('熟溪街道城南社区白洋路29号'), td('朱根土'), td('13857953612')],
        [
          td('王宅镇（1人）'),
          ...Array.from({ length: 3 }, () => ({ ...td(''), spanned: 'column' as const })),
        ],
        [td('4'), td('王宅镇王宅村上新屋'), td('潘炳荣'), td('15957962084')],
      ],
      [
        `序号${S}住址${S}姓名${S}联系电话`,
        `序号：1${S}住址：熟溪街道城南社区白洋路29号${S}姓名：朱根土${S}联系电话：13857953612`,
        `王宅镇（1人）${S}${S}${S}`,
        `序号：4${S}住址：王宅镇王宅村上新屋${S}姓名：潘炳荣${S}联系电话：15957962084`,
      ],
    ],
    [
      'a group’s title right below the header is no header itself',
      [
        [td('序号'), td('类别'), td('姓名'), td('住址')],
        [
          td('四、参战参试退役人员'),
          ...Array.from({ length: 3 }, () => ({ ...td(''), spanned: 'column' as const })),
        ],
        [td('7'), td('参战'), td('谭光荣'), td('澧县码头铺镇大坪村')],
      ],
      [
        `序号${S}类别${S}姓名${S}住址`,
        `四、参战参试退役人员${S}${S}${S}`,
        `序号：7${S}类别：参战${S}姓名：谭光荣${S}住址：澧县码头铺镇大坪村`,
      ],
    ],
    [
      '<th> row labels',
      [[th('身份证号'), td('510502198503150016')]],
      ['身份证号：510502198503150016'],
    ],
    [
      'two labels we know over a row mostly of values (the agency’s own columns, a unit in brackets)',
      [
        [td('序号'), td('姓名'), td('公民身份号码'), td('岗位'), td('缴费基数（元/月）')],
        [td('2'), td('陈淑芬'), td('511011198501160827'), td('出纳'), td('3800')],
      ],
      [
        `序号${S}姓名${S}公民身份号码${S}岗位${S}缴费基数（元/月）`,
        `序号：2${S}姓名：陈淑芬${S}公民身份号码：511011198501160827${S}岗位：出纳${S}缴费基数（元/月）：3800`,
      ],
    ],
    [
      'a header row over data rows',
      [
        [th('当事人'), th('公民身份号码'), th('家庭住址')],
        [td('冯建华'), td('5105 0319 7709 0921 75'), td('纳溪区大渡口镇沙溪村8组31号')],
        [td('蒋秀英'), td('510503198001010012'), td('纳溪区沙溪村2组')],
      ],
      [
        `当事人${S}公民身份号码${S}家庭住址`,
        `当事人：冯建华${S}公民身份号码：5105 0319 7709 0921 75${S}家庭住址：纳溪区大渡口镇沙溪村8组31号`,
        `当事人：蒋秀英${S}公民身份号码：510503198001010012${S}家庭住址：纳溪区沙溪村2组`,
      ],
    ],
    [
      'a bold header row (no <th>)',
      [
        [th('序号'), th('所有人'), th('存放地点')],
        [td('1'), td('蒋秀英'), td('停放场')],
      ],
      [`序号${S}所有人${S}存放地点`, `序号：1${S}所有人：蒋秀英${S}存放地点：停放场`],
    ],
    [
      'a cell with its own label keeps it',
      [
        [th('当事人'), th('住址')],
        [td('某某公司'), td('住所：泸州市江阳区酒城大道1号')],
      ],
      [`当事人${S}住址`, `当事人：某某公司${S}住所：泸州市江阳区酒城大道1号`],
    ],
    [
      'a label cell ending in a colon',
      [[td('联系电话：'), td('13812345678')]],
      ['联系电话： 13812345678'],
    ],
    [
      'cells that are no labels stay apart',
      [[td('2024年3月5日'), td('现场检查')]],
      [`2024年3月5日${S}现场检查`],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(read(rows)).toEqual(expected);
  });
});

describe('merged cells', () => {
  const cell = (text: string, spans: { rowSpan?: number; colSpan?: number } = {}) => ({
    text,
    th: false,
    bold: false,
    ...spans,
  });

  it('lines a header row up with the rows below it past a cell merged down both', () => {
    const prefixes = layoutTable([
      [
        cell('代收情况', { rowSpan: 2 }),
        cell('代收人'),
        cell('与受送达人关系'),
        cell('联系电话'),
        cell('代收时间'),
      ],
      [cell('吕文涛'), cell('父子'), cell('17708315286'), cell('2024年11月21日')],
    ]);
    expect(prefixes[1]).toEqual([
      '代收人：',
      `${S}与受送达人关系：`,
      `${S}联系电话：`,
      `${S}代收时间：`,
    ]);
  });

  it('reads a role merged down a block of label | value rows as pairs, not as a header', () => {
    const prefixes = layoutTable([
      [cell('被申请人', { rowSpan: 3 }), cell('姓名'), cell('苟天福')],
      [cell('性别'), cell('男')],
      [cell('住址'), cell('天水市麦积区中滩镇樊家村3组26号')],
      [cell('经营者个人信息', { rowSpan: 2 }), cell('身份证号码'), cell('350583198005071137')],
      [cell('住址'), cell('南安市水头镇朴里村三组106号')],
    ]);
    expect(prefixes).toEqual([
      ['', S, '：'],
      ['', '：'],
      ['', '：'],
      ['', S, '：'],
      ['', '：'],
    ]);
  });

  it('reads a value merged across columns as its label’s, not as a row under the header', () => {
    const prefixes = layoutTable([
      [cell('户籍地址'), cell('实际居住地'), cell('联系方式')],
      [cell('成都市成华区万年路64号'), cell('南部县巴巴寺路118号'), cell('19981726430')],
      [cell('经营地点'), cell('南部县滨江大道二段汽车城B区12号', { colSpan: 2 })],
    ]);
    expect(prefixes[2]).toEqual(['', '：']);
  });
});

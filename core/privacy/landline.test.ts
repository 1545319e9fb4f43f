import { describe, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';

describe('landline', () => {
  it.each([
    ['dash', '当事人电话：0830-2123456', '0830-2123456'],
    ['parentheses', '联系电话(0830)2123456', '(0830)2123456'],
    ['full-width parentheses', '联系电话（0830）2123456', '（0830）2123456'],
    ['extension 转', '电话：0830-2123456转8001。', '0830-2123456转8001'],
    ['extension dash', '电话：0830-2123456-8001。', '0830-2123456-8001'],
    ['Beijing 8 digits', '电话 010-62345678', '010-62345678'],
    ['local number after a phone label', '联系电话：2123456', '2123456'],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['landline', found]]);
  });

  it.each([
    ['supervision number', '监督电话：0830-3196001'],
    ['consultation number', '咨询电话：(0830)3196001'],
    [
      'agency block',
      '泸州市江阳区市场监督管理局\n地址：泸州市江阳区蓝田街道1号\n联系电话：0830-3196002',
    ],
    [
      'company block',
      '当事人：泸州某某酒业有限公司，统一社会信用代码：91510502MA62A0B31L，电话：0830-2123456',
    ],
    ['bare 7 digits without label', '罚款2123456元'],
  ])('%s is public', (_name, text) => {
    expectFindings(text, []);
  });
});

describe("a third person's landline", () => {
  it('is personal in the bracket after the name, in a company decision', () => {
    expectFindings(
      '当事人：某某超市有限公司\n统一社会信用代码：91510502MA6AXY5N1H\n本局收到卿志华（联系电话：0830-3152078）的投诉。',
      [
        ['name', '卿志华'],
        ['landline', '0830-3152078'],
      ],
    );
  });

  it('is personal where the sentence says it is the person’s (X留下的联系电话为…), and so is the address', () => {
    expectFindings(
      '当事人：泸州市江阳区老味道餐饮有限公司\n统一社会信用代码：91510502MA6AXY5N1H\n消费者邓国庆投诉。邓国庆留下的联系电话为0830-3125678，邓国庆的外送地址为江阳区大山坪街道康城路12号3单元501室。本局联系电话：0830-3196001。',
      [
        ['name', '邓国庆'],
        ['name', '邓国庆'],
        ['landline', '0830-3125678'],
        ['name', '邓国庆'],
        ['address', '江阳区大山坪街道康城路12号3单元501室'],
      ],
    );
  });

  it('keeps the line of a contact the public is sent to, and no further than that line', () => {
    expectFindings(
      '当事人：陈玉林，男，1972年3月14日出生\n\n如有异议，可向本局咨询。联系人：邵刚　　联系电话：0830-4122365\n本局地址：泸州市纳溪区云溪东路二段36号\n送 达 回 证\n受送达人：陈玉林\n受送达人联系电话：(0830)4178236',
      [['landline', '(0830)4178236']],
    );
  });

  it('keeps the contact of the office that handled a listing, above the agency’s name and date', () => {
    expectFindings(
      '序号⁣行政相对人名称⁣决定文书号\n序号：1⁣行政相对人名称：郭晓峰⁣决定文书号：武住建罚〔2025〕42号\n \n经办科室：物业管理科   联系人：冯佳   联系电话：028-85571234\n成都市武侯区住房和城乡建设局\n2025年11月5日',
      [],
    );
  });

  it('keeps a hotel’s switchboard (总机), beside its manager’s name', () => {
    expectFindings('黎振华（大堂经理）  酒店总机：0771-8536688', []);
  });

  it.each([
    [
      'a contact line right above the agency’s name and date',
      '当事人：李大勇，男，1980年3月2日出生\n\n  执法人员：孙建华（执法证号：53030221058）　张雯（执法证号：53030221066）\n  联系人：钱瑾　　联系电话：0874-3112333　　地址：曲靖市麒麟区麒麟南路118号\n曲靖市麒麟区人力资源和社会保障局\n2024年9月23日',
    ],
    [
      'a contact after 向本大队…反映',
      '当事人：李大勇，男，1980年3月2日出生\n\n对上述公示信息有异议的，请向本大队法制室反映。联系人：敖登，联系电话：0475-8212122，地址：通辽市科尔沁区霍林河大街东段1266号。',
    ],
    [
      'a contact after 请与…监督所联系',
      '当事人：李大勇，男，1980年3月2日出生\n\n如有异议，请与新郑市卫生健康委员会卫生健康监督所联系。联系人：苗青，电话：0371-62691234，地址：新郑市轩辕路126号。',
    ],
    [
      'a line the public’s channel opens (监督电话：…　地址：…), below a person’s row',
      '当事人：叶海燕，女，1980年9月27日出生\n员工阿某某从二楼窗口撤离。\n    监督电话：0577-65812119    地址：瑞安市安阳街道万松东路200号',
    ],
    [
      'a contact after 向本大队…提出。',
      '当事人：李大勇，男，1980年3月2日出生\n\n注：当事人对公开信息有异议的，可自公开之日起10个工作日内向本大队法制室提出。联系人：洪志明，电话：0595-85662122。',
    ],
    [
      'a contact after 请与我大队联系',
      '当事人：李大勇，男，1980年3月2日出生\n\n公示期间如有异议，请与我大队联系。联系人：钱丽华，联系电话：0512-57326119，地址：昆山市玉山镇前进西路1266号。',
    ],
    [
      'a public office’s contact, named by the office (县民政局社会救助股联系人)',
      '当事人：李大勇，男，1980年3月2日出生\n\n县民政局社会救助股联系人：吴晓兰  联系电话：0855-6412235',
    ],
    [
      'a contact line set off with em spaces (&emsp;)',
      '当事人：李大勇，男，1980年3月2日出生\n\n\u2003\u2003县征兵办公室联系人：罗成\u2003电话：0854-7612301',
    ],
  ])('keeps the agency’s contact, phone and address (%s)', (_name, text) => {
    expectFindings(text, []);
  });

  it('reads an OCR’d area code that starts with O (O817-8226145)', () => {
    expectFindings('代收人联系电话：O817-8226145', [['landline', 'O817-8226145']]);
  });

  it('is personal under a home’s label (家中固定电话) in a 送达回证 of a tax bureau', () => {
    expectFindings(
      '温州市瓯海区税务局\n送达回证\n受送达人：诸葛明远\n\n本局送达人到达受送达人住所。\n3.受送达人家中固定电话：0577-86213309。',
      [['landline', '0577-86213309']],
    );
  });

  it("keeps the company's own line", () => {
    expectFindings(
      '当事人：某某超市有限公司\n统一社会信用代码：91510502MA6AXY5N1H\n联系电话：0830-3152078',
      [],
    );
  });
});

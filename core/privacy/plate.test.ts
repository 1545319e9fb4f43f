import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';
import { scanText } from './scan';

describe('licence plate (GA 36-2018)', () => {
  it.each([
    ['plain', '车牌号川E12345的', '川E12345'],
    ['middle dot', '驾驶川E·A1234号车辆', '川E·A1234'],
    ['new-energy small', '川AD12345', '川AD12345'],
    ['new-energy large', '川A12345F', '川A12345F'],
    ['full-width', '川Ｅ１２３４５', '川Ｅ１２３４５'],
    ['Traditional province', '粵B12345', '粵B12345'],
    ['a Macau crossing vehicle’s (…澳)', '當事人駕駛粵Z·C2M7澳號小型客車', '粵Z·C2M7澳'],
    ['farm machinery', '拖拉机（农机号牌：川05-A1193）', '川05-A1193'],
    ['a trailer', '车辆牌号：川QA936挂（挂车）', '川QA936挂'],
    ['a driving school', '教练车川E1234学', '川E1234学'],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['plate', found]]);
  });

  it.each([
    ['document number', '川府发〔2018〕12号'],
    ['letter O', '川O12345'],
    ['too few digits', '川EABCD1'],
    ['four characters and no 挂', '川QA936'],
    ['too long', '川E1234567'],
    ['digits with no separator', '川051234567'],
    ['a year after a province', '川2018-12345'],
  ])('%s is not a plate', (_name, text) => {
    expectFindings(text, []);
  });
});

describe('whose vehicle, in a decision against a company', () => {
  const party = '当事人：泸州顺达物流有限公司\n统一社会信用代码：91510500MA62XY1234\n';

  it('deletes the plate of a bike a person rides, in an organisation’s decision', () => {
    const plates = scanText(`${party}骑手聂飞所骑号牌为川Q·60492的电动自行车经检测超速。`).filter(
      (finding) => finding.kind === 'plate',
    );
    expect(plates.map((finding) => finding.text)).toEqual(['川Q·60492']);
  });

  it("keeps the company's own vehicle", () => {
    expectFindings(`${party}当事人使用其所属的号牌为川E·J8571的重型自卸货车运输。`, []);
  });

  it("deletes the plate in a row of a car's owner (原车主), keeps a driver's block's", () => {
    const text = `${party}\n序号⁣原车主⁣号牌⁣车型\n序号：2⁣原车主：陈国庆⁣号牌：川K3B57R⁣车型：别克英朗\n`;
    const plates = scanText(text).filter((finding) => finding.kind === 'plate');
    expect(plates.map((finding) => finding.text)).toEqual(['川K3B57R']);
  });

  it('deletes the plate in a row of who brought a machine to be repaired (送修人)', () => {
    const text = `${party}\n序号⁣送修人⁣号牌\n序号：1⁣送修人：欧阳春生⁣号牌：川15-07723\n`;
    const plates = scanText(text).filter((finding) => finding.kind === 'plate');
    expect(plates.map((finding) => finding.text)).toEqual(['川15-07723']);
  });

  it("keeps the company's own vehicle, said so (当事人所有的, 公司名下)", () => {
    const text = `${party}当事人所有的川E·D8721重型货车与公司名下的川E5G27M均停放在厂内。\n`;
    expect(scanText(text).filter((finding) => finding.kind === 'plate')).toEqual([]);
  });

  it("keeps the company's vehicle listed in its driver's block", () => {
    const text = `${party}驾驶人：袁志刚\n车辆号牌：川E·D8721（重型半挂牵引车）、川E3562挂\n`;
    expect(scanText(text).filter((finding) => finding.kind === 'plate')).toEqual([]);
  });

  it.each([
    ['其个人所有', '快件装入派件员何林个人所有的面包车（号牌川R·7K395）派送。', '川R·7K395'],
    ['个人卖家', '车辆系当事人从个人卖家处收购（原号牌川E·7K2Q9）。', '川E·7K2Q9'],
    ['其本人所有', '司机巩小川驾驶其本人所有的川E5G27M号货车到厂提货。', '川E5G27M'],
    [
      '原车主 in a dealer’s list of cars bought',
      '（2）原车主温雪梅，号牌川QF5L20，丰田凯美瑞2017款，收购价86000元。',
      '川QF5L20',
    ],
    [
      '驾驶其自有: only a person drives, so 其 is the driver',
      '付小刚驾驶其自有的重型自卸货车（号牌：川E52K37）等候装车。',
      '川E52K37',
    ],
    [
      '私人所有, said after it',
      '现场停放一辆越野车（号牌为川Q7K35D，系刘洋私人所有）。',
      '川Q7K35D',
    ],
    ['someone named before 所有的', '用卢小川所有的川C·D62K7号小型货车运至当事人处。', '川C·D62K7'],
    [
      '名下, in lines the party’s block still runs over',
      '当事人的侄子负责接送，接送车辆为当事人丈夫冉勇名下的小型面包车（号牌川Q3M7K5）。',
      '川Q3M7K5',
    ],
    [
      'a consumer’s car a business repaired',
      '当事人为消费者罗某的车辆（号牌：川Q8D31F）更换刹车片时加价收费。',
      '川Q8D31F',
    ],
    [
      'a 车主 who had it inspected',
      '车主段某某送检的豫C·5K82M小型轿车左前照灯不合格。',
      '豫C·5K82M',
    ],
    ['a pawnshop’s 当户', '当事人收当当户谢某某质押的鲁RA6T39号小型越野客车一辆。', '鲁RA6T39'],
    [
      '挂靠: a person’s vehicle under the company’s name, said far after the plate',
      '经查，冀J8K726车辆登记在当事人名下，系个人吕建华出资购买后挂靠当事人从事货物运输。',
      '冀J8K726',
    ],
  ])("deletes a private person's vehicle (%s)", (_name, facts, plate) => {
    const plates = scanText(`${party}${facts}`).filter((finding) => finding.kind === 'plate');
    expect(plates.map((finding) => finding.text)).toEqual([plate]);
  });

  it.each([
    [
      'after 所属, with its trailer',
      '当事人驾驶神木市鑫源危险品运输有限公司所属陕K·D6127号重型半挂牵引车（挂车号牌陕K·E312挂）运输甲醇。',
    ],
    [
      'right after the name',
      '你驾驶准格尔旗蒙达危险货物运输有限公司蒙K·D3652号罐式车辆运输液化天然气。',
    ],
    [
      'its owner said after it with 为 (（车辆所有人为…有限公司）)',
      '发现当事人驾驶的粤Z·B237港号跨境大型普通客车（车辆所有人为珠港通达跨境客运有限公司）未按规定停放。',
    ],
    [
      'said after it (（…，属…有限公司）)',
      '负责带团的杨某在旅游客车（琼B·D7261，属三亚金海岸旅游客运有限公司）上使用侮辱性语言。',
    ],
    [
      'in the row’s owner cell',
      '序号：5\u2063行政相对人名称：胡俊杰\u2063行政强制措施内容：暂扣浙G·D52817号小型轿车\u2063车辆所有人：义乌市宏远汽车租赁有限公司（统一社会信用代码91330782MA29T3WF8X），系当事人租用',
    ],
  ])("keeps a company's vehicle a person party drives (%s)", (_name, facts) => {
    const text = `违法行为人：高志强，男，1985年3月2日出生\n\n${facts}`;
    expect(scanText(text).filter((finding) => finding.kind === 'plate')).toEqual([]);
  });

  it('deletes a person’s plate in a listing row whose credit-code cell is empty (—)', () => {
    const text =
      '序号⁣被处罚人⁣统一社会信用代码⁣车辆号牌\n序号：1⁣被处罚人：次仁卓玛⁣统一社会信用代码：—⁣车辆号牌：藏A·2L7C9\n序号：2⁣被处罚人：拉萨雪域通达运输有限公司⁣统一社会信用代码：91540100MA6T3K8R7K⁣车辆号牌：藏A·8T559\n';
    const plates = scanText(text).filter((finding) => finding.kind === 'plate');
    expect(plates.map((finding) => finding.text)).toEqual(['藏A·2L7C9']);
  });

  it("deletes a private person's vehicle wherever it is named again", () => {
    const text = `${party}邹大刚使用其本人所有的川E61M73号货车清运。执法人员拦查了川E61M73号车辆。\n`;
    const plates = scanText(text).filter((finding) => finding.kind === 'plate');
    expect(plates.map((finding) => finding.text)).toEqual(['川E61M73', '川E61M73']);
  });
});

import { describe, expect, it } from 'vitest';
import { listedHomes, residentPlaces } from './resident-places';

const places = (text: string) =>
  residentPlaces(text).map((span) => text.slice(span.start, span.end));

describe('residentPlaces', () => {
  it.each([
    [
      'a villager named after the word',
      '西吉县兴隆镇单家集村村民苏某某在吉强镇拾得',
      '西吉县兴隆镇单家集村',
    ],
    [
      'a resident of a community',
      '由宛水街道西冲社区居民邓某某在宣威市人民医院拾得',
      '宛水街道西冲社区',
    ],
    [
      'an owner found in the register',
      '登记车主为闫家镇建国村村民韩某某，已于2021年',
      '闫家镇建国村',
    ],
    [
      'what the addressee is (系…村民), the town said by pointing',
      '你，男，系本镇杏林村三社村民，',
      '杏林村三社',
    ],
    [
      'a name and a comma before',
      '申请人于海龙，惠七满族镇东兴村三屯村民，因子女成家',
      '惠七满族镇东兴村三屯',
    ],
    ['a bracket describing a witness', '见证人：谷某某（邻居，鸡公垭村6组村民）', '鸡公垭村6组'],
    [
      'a listed person’s sex between',
      '　　3．李建平，男，桃镇姬家岔村村民，享受补贴。',
      '桃镇姬家岔村',
    ],
  ])('reads %s', (_name, text, place) => {
    expect(places(text)).toEqual([place]);
  });

  it.each([
    ['a village’s people at large', '向石岭村村民宣传防火知识'],
    ['a village’s committee', '石岭村村民委员会主任'],
    ['a village’s group as a body', '红旗村5组村民小组'],
    ['a village said by pointing', '经查，本村村民张某某'],
    ['a verb taken into the look back', '我局接到双龙村5组村民王某某举报'],
    ['a village alone, with no town or group', '关口村村民王某某'],
    [
      'a villagers’ group, a body',
      '委托代理人：林水生，男，下坪村民小组村民，住尤溪县管前镇建设村下坪5号。',
    ],
  ])('leaves %s', (_name, text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('listedHomes', () => {
  const homes = (text: string) => listedHomes(text).map((span) => text.slice(span.start, span.end));

  it('reads the place after each listed person’s name and comma', () => {
    const text =
      '以下用水户拖欠水费，现予公示：\n　　1．葛世友，金钟村一组，欠2022年度水费共计人民币216元；\n　　2．刘　芳，金钟村一组，欠2023年度水费人民币108元；\n　　3．陈永平，泸县玉蟾街道龙华路5号2单元301室，欠费。';
    expect(homes(text)).toEqual(['金钟村一组', '金钟村一组', '泸县玉蟾街道龙华路5号2单元301室']);
  });

  it('reads past the person’s sex and a word of dwelling', () => {
    const text =
      '现予公示：\n　　1．冯晓东，男，龙镇冯家沟村三组，精神残疾二级。\n　　2．常桂英，女，家住十里铺乡高庙山村二组，享受补贴。';
    expect(homes(text)).toEqual(['龙镇冯家沟村三组', '十里铺乡高庙山村二组']);
  });

  it('reads rows typed with spaces, a number, a name and a house, not a company’s', () => {
    const text = [
      '三、当事人最后登记住址（邮寄送达均被退回）',
      ' 1    金敏浩          青岛市城阳区春阳路88号天安数码城公寓3号楼1108户',
      ' 4    亚历山大·伊万诺夫  青岛市李沧区九水东路130号万科城四期12号楼903户',
      ' 5    青岛启航外语培训学校有限公司   青岛市市北区敦化路119号国华大厦1512室',
      ' 6    张三          罚款人民币500元',
    ].join('\n');
    expect(homes(text)).toEqual([
      '青岛市城阳区春阳路88号天安数码城公寓3号楼1108户',
      '青岛市李沧区九水东路130号万科城四期12号楼903户',
    ]);
  });

  it('leaves a listed business’s premises and a list of things', () => {
    const text =
      '1．泸县某某有限公司，泸县玉蟾街道龙华路5号，欠费。\n2．罚款，人民币500元，已缴纳。';
    expect(homes(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { stackedLabelsJoined } from './stacked-fields';

describe('stackedLabelsJoined', () => {
  it('reads the line break after a label alone on its line as its colon, the text as long', () => {
    const text =
      '行政相对人名称\n姜浩宇\n行政相对人类别\n自然人\n处罚决定日期\r\n2024年6月3日\n受 送 达 人\n慕容晓雯\n住所（地址）\n梨树县梨树镇幸福小区3栋501室';
    const joined = stackedLabelsJoined(text);
    expect(joined).toBe(
      '行政相对人名称：姜浩宇\n行政相对人类别：自然人\n处罚决定日期 ：2024年6月3日\n受 送 达 人：慕容晓雯\n住所（地址）：梨树县梨树镇幸福小区3栋501室',
    );
    expect(joined.length).toBe(text.length);
  });

  it('joins a kind’s title to a value that is a word of its own (证件类型⏎居民身份证)', () => {
    expect(stackedLabelsJoined('证件类型\n居民身份证\n证件号码\n6105')).toBe(
      '证件类型：居民身份证\n证件号码：6105',
    );
  });

  it('joins at the right place after characters outside the BMP (𠮷, an emoji)', () => {
    const text = '吉𠮷😀说明\n住址\n梨树县梨树镇幸福小区3栋501室';
    expect(stackedLabelsJoined(text)).toBe('吉𠮷😀说明\n住址：梨树县梨树镇幸福小区3栋501室');
  });

  it('leaves a row of cells, an agency’s name, a heading over its own labelled lines and a bracket’s line', () => {
    for (const text of [
      '姓名  先俊豪        性别  男\n出生日期  2007年9月18日',
      '延吉市住房和城乡建设局\n行政处罚决定书',
      '申请人\n姓名：陈玉兰⁣性别：女',
      '　　序号　姓名　　　房号\n　　１　　朴英姬　　3号楼1单元502室',
      '（家住筠连县沐爱镇青\n龙村6组）发现后呼喊',
      '住址\n',
    ])
      expect(stackedLabelsJoined(text)).toBe(text);
  });
});

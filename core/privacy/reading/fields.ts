import { foldCode } from '../internal/chars';

/**
 * What a field of a party block holds, read from its label the way a reviewer reads it: by
 * what the label says (…址, 住…, 居住…, …电话, 身份证…), not from a fixed list, so 现居住地址,
 * 户籍住址 and 送达地点 are read as addresses too. Whose data it is decides whether it is
 * personal: the block's holder (reading/blocks.ts).
 */
export const FieldKind = {
  /** 姓名, 名称, 字号. */
  name: 'name',
  /** A home or a person's address: personal for a natural person, public for an organisation. */
  address: 'address',
  /** A business's premises or a place (经营场所, 注册地址, 存放地点): never a home. */
  premises: 'premises',
  phone: 'phone',
  /** 身份证号, 证件号码, 驾驶证号: only natural persons have one. */
  identity: 'identity',
  /** 性别, 出生, 年龄, 民族, 国籍, 职业, 文化程度: only natural persons are described so. */
  personal: 'personal',
  /** 出生日期: as `personal`, and the date a minor's decision is recognised by. */
  birth: 'birth',
  /** 年龄. */
  age: 'age',
  /** 统一社会信用代码, 注册号, 组织机构代码: only organisations have one. */
  organisationCode: 'organisation-code',
  /**
   * Anything else a party block lists (车辆号牌, 许可证号, 准驾车型, 职务): it says nothing of
   * whose block it is, but keeps the block open.
   */
  detail: 'detail',
} as const;
export type FieldKind = (typeof FieldKind)[keyof typeof FieldKind];

/** Longest label read (身份证件种类及号码 is 9; a table cell label rarely passes 12). */
export const MAX_LABEL_LENGTH = 16;

/** Checked in order: the first rule whose word the label contains decides. */
const RULES: readonly (readonly [string, FieldKind])[] = [
  // 住址/经营场所 (a listing's column for persons and businesses alike): whose row decides.
  ['住址', FieldKind.address],
  ['送达地点', FieldKind.address],
  ['送达地址', FieldKind.address],
  // A flat in a residents' list (投诉人 | 房号 | 联系电话).
  ['房号', FieldKind.address],
  ['门牌号', FieldKind.address],
  // Where a buyer has goods sent (收货地：…): a person's.
  ['收货地', FieldKind.address],
  // Where a household's house stands (被征收人 | 房屋坐落 | 面积): its home.
  ['房屋坐落', FieldKind.address],
  // The flat a tenant rents (承租人 | 承租房屋 | 欠缴金额): the tenant's home; the flat an
  // owner's objection or a household's row is about (异议人 | 房屋 | …): whose row decides.
  ['承租房', FieldKind.address],
  ['房屋', FieldKind.address],
  // 宅基地坐落, 坐落 in a household's block (whose block decides, as for 地址); the flat a
  // household is resettled in (安置房：…7号楼2单元1102室).
  ['坐落', FieldKind.address],
  ['安置房', FieldKind.address],
  // 村组：双古镇黄桷村3组 (a table of villagers): where in the village one lives.
  ['村组', FieldKind.address],
  ['经营场所', FieldKind.premises],
  ['营业场所', FieldKind.premises],
  ['经营地址', FieldKind.premises],
  ['经营地点', FieldKind.premises],
  ['生产经营', FieldKind.premises],
  ['注册地', FieldKind.premises],
  ['办公地', FieldKind.premises],
  // 祁阳市征兵办公室地址：… — an office's address.
  ['办公室地址', FieldKind.premises],
  // The agency's own, named by its unit (大队地址：…, 本局地址：…), under a party's block.
  ['大队地址', FieldKind.premises],
  ['支队地址', FieldKind.premises],
  ['中队地址', FieldKind.premises],
  ['本局地址', FieldKind.premises],
  ['我局地址', FieldKind.premises],
  ['单位地址', FieldKind.premises],
  // A lottery outlet's or a service point's address (网点地址, 站点地址, 投注站地址).
  ['网点', FieldKind.premises],
  ['站点地址', FieldKind.premises],
  ['投注站', FieldKind.premises],
  // Where a licence is exercised (执业地址, 生产地址 of a food workshop): a business's place.
  ['执业地', FieldKind.premises],
  ['生产地址', FieldKind.premises],
  ['生产场所', FieldKind.premises],
  ['营业地址', FieldKind.premises],
  // A business's own address however it is named (村卫生室地址, 门店地址, 公司地址).
  ['卫生室', FieldKind.premises],
  ['诊所', FieldKind.premises],
  ['药店', FieldKind.premises],
  ['药房', FieldKind.premises],
  ['门店', FieldKind.premises],
  ['店铺', FieldKind.premises],
  ['店址', FieldKind.premises],
  ['厂址', FieldKind.premises],
  ['公司地址', FieldKind.premises],
  ['企业地址', FieldKind.premises],
  // A lawyer's or agent's firm (执业机构地址：…): an organisation's.
  ['机构地址', FieldKind.premises],
  // A village committee's or a service hall's (村委会地址：…, 客户服务中心地址：…, 营业厅).
  ['委会地址', FieldKind.premises],
  ['委员会地址', FieldKind.premises],
  ['中心地址', FieldKind.premises],
  ['营业厅', FieldKind.premises],
  ['学校地址', FieldKind.premises],
  ['事务所地址', FieldKind.premises],
  // The organisation's phone, in whoever's block it stands (联系人：…⁣单位电话：0830-…).
  ['单位电话', FieldKind.detail],
  ['办公电话', FieldKind.detail],
  ['公司电话', FieldKind.detail],
  ['企业电话', FieldKind.detail],
  ['机关地址', FieldKind.premises],
  ['工作单位', FieldKind.personal],
  ['地点', FieldKind.premises],
  ['场所', FieldKind.premises],
  ['信用代码', FieldKind.organisationCode],
  ['注册号', FieldKind.organisationCode],
  ['机构代码', FieldKind.organisationCode],
  ['营业执照', FieldKind.organisationCode],
  ['登记证', FieldKind.organisationCode],
  // A label's head is its last word: 住宅电话 is a phone, though it holds 住.
  ['住宅电话', FieldKind.phone],
  ['住所电话', FieldKind.phone],
  // 住院时间, 住院号: a stay in hospital, not a home; 入住时间 of a hotel's guest neither.
  ['住院', FieldKind.detail],
  ['入住', FieldKind.detail],
  ['址', FieldKind.address],
  ['住', FieldKind.address],
  ['居住', FieldKind.address],
  ['户籍', FieldKind.address],
  ['所在地', FieldKind.address],
  ['电话', FieldKind.phone],
  ['手机', FieldKind.phone],
  ['联系方式', FieldKind.phone],
  ['联系号码', FieldKind.phone],
  ['身份证', FieldKind.identity],
  ['身份号码', FieldKind.identity],
  ['证件', FieldKind.identity],
  ['身份证明', FieldKind.identity],
  ['驾驶证', FieldKind.identity],
  ['护照', FieldKind.identity],
  ['出生', FieldKind.birth],
  ['生日', FieldKind.birth],
  ['年龄', FieldKind.age],
  ['性别', FieldKind.personal],
  ['民族', FieldKind.personal],
  ['国籍', FieldKind.personal],
  ['职业', FieldKind.personal],
  ['文化程度', FieldKind.personal],
  ['政治面貌', FieldKind.personal],
  ['姓名', FieldKind.name],
  // The holder of a household's account (户号 | 户名 | 用电地址): a person or a business.
  ['户名', FieldKind.name],
  ['名称', FieldKind.name],
  ['字号', FieldKind.name],
  // A foreigner's other spelling: 中文名：阮氏兰, 英文名：NGUYEN THI LAN.
  ['中文名', FieldKind.name],
  ['中文译名', FieldKind.name],
  // The same person's other name: 曾用名, and a name changed (原姓名, 变更后姓名 read as 姓名).
  ['曾用名', FieldKind.name],
  ['中文譯名', FieldKind.name],
  ['英文名', FieldKind.name],
  ['外文名', FieldKind.name],
  ['籍贯', FieldKind.personal],
  ['婚姻', FieldKind.personal],
  ['学历', FieldKind.personal],
  ['号牌', FieldKind.detail],
  ['车牌', FieldKind.detail],
  ['车型', FieldKind.detail],
  ['许可证', FieldKind.detail],
  ['执照', FieldKind.detail],
  ['编号', FieldKind.detail],
  // A utility's account and meter (户号：0103-028816, 表号): the household's block goes on.
  ['户号', FieldKind.detail],
  ['表号', FieldKind.detail],
  ['证号', FieldKind.detail],
  ['档案', FieldKind.detail],
  ['类型', FieldKind.detail],
  ['类别', FieldKind.detail],
  ['职务', FieldKind.detail],
  ['行业', FieldKind.detail],
];

/** The label folded (Traditional, full-width) with spaces dropped: 性　　别 is 性别. */
export function foldLabel(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0x09) continue;
    out += String.fromCharCode(foldCode(code));
  }
  return out;
}

/** Rule words by their first character: [folded word, rule index]. */
const RULES_BY_FIRST = (() => {
  const map = new Map<number, [string, number][]>();
  RULES.forEach(([word], index) => {
    const list = map.get(word.charCodeAt(0)) ?? [];
    list.push([word, index]);
    map.set(word.charCodeAt(0), list);
  });
  return map;
})();
const RULE_FIRSTS = new Uint8Array(65536);
for (const code of RULES_BY_FIRST.keys()) RULE_FIRSTS[code] = 1;

/**
 * The kind of field the label text[start, end) names, or undefined for a label that is no
 * field of a party: the first rule whose word the folded label (Traditional, full-width,
 * spaces) contains, read without making a string, with a bracketed remark at the end
 * (（负责人）) left out.
 */
export function fieldKindAt(text: string, start: number, end: number): FieldKind | undefined {
  // A trailing （…） is a remark, not part of the label.
  let last = end;
  while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
  const close = text.charCodeAt(last - 1);
  if (close === 0xff09 || close === 0x29) {
    let open = last - 2;
    while (open >= start && text.charCodeAt(open) !== 0xff08 && text.charCodeAt(open) !== 0x28)
      open--;
    if (open >= start) last = open;
  }
  let letters = 0;
  let best = RULES.length;
  for (let i = start; i < last; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (isSpace(code)) continue;
    if (++letters > MAX_LABEL_LENGTH) return undefined;
    if (RULE_FIRSTS[code] === 0) continue;
    for (const [word, index] of RULES_BY_FIRST.get(code)!) {
      if (index >= best) continue;
      if (matchesFolded(text, i, last, word)) best = index;
    }
  }
  return best < RULES.length ? RULES[best]![1] : undefined;
}

/** True when `word` (folded) is written at text[at…), spaces between its characters skipped. */
function matchesFolded(text: string, at: number, end: number, word: string): boolean {
  let i = at;
  for (let k = 0; k < word.length; k++) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end || foldCode(text.charCodeAt(i)) !== word.charCodeAt(k)) return false;
    i++;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0x09;
}

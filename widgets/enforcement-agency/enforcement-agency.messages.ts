import type { LocaleTable } from '../internal/locale-table';

export interface AgencyMessages {
  readonly title: string;
  readonly failed: string;
  readonly none: string;
  readonly choose: string;
  readonly bodyType: string;
  readonly code: string;
  readonly address: string;
  readonly website: string;
  readonly updated: string;
  readonly duties: string;
  readonly powers: string;
  readonly powerName: string;
  readonly powerCategory: string;
  readonly powerBasis: string;
  readonly powerCode: string;
  readonly legalBasis: string;
  readonly discretion: string;
  readonly officers: string;
  readonly officerName: string;
  readonly certificate: string;
  readonly officerCategory: string;
  readonly area: string;
  readonly lookup: string;
  readonly lookupIntro: string;
  readonly lookupLabel: string;
  readonly lookupHint: string;
  readonly lookupButton: string;
  readonly lookupEmpty: string;
  readonly lookupFound: (name: string, category: string, area: string) => string;
  readonly lookupNotFound: (number: string) => string;
  /** The number is on the list, but the credential's 证件有效期 has passed. */
  readonly lookupExpired: (name: string, number: string, date: string) => string;
  readonly randomInspections: string;
  readonly inspectionItem: string;
  readonly inspectionBasis: string;
  readonly inspectionBody: string;
  readonly inspectionContent: string;
  readonly inspectionMethod: string;
  readonly inspectionRatio: string;
  readonly inspectionFrequency: string;
  readonly procedures: string;
  readonly actor: string;
  readonly stepTime: string;
  readonly supervision: string;
  readonly hours: string;
  readonly remedies: string;
  readonly remedyKind: string;
  readonly remedyBody: string;
  readonly remedyDeadline: string;
}

export const AGENCY_MESSAGES: LocaleTable<AgencyMessages> = {
  'zh-CN': {
    title: '执法主体信息（事前公开）',
    failed: '执法主体信息暂时无法显示，请稍后再试。',
    none: '暂无执法主体信息。',
    choose: '执法主体',
    bodyType: '主体性质',
    code: '统一社会信用代码',
    address: '地址',
    website: '网站',
    updated: '信息更新日期',
    duties: '职责',
    powers: '权责清单',
    powerName: '事项名称',
    powerCategory: '类别',
    powerBasis: '依据',
    powerCode: '编码',
    legalBasis: '执法依据',
    discretion: '裁量基准',
    officers: '执法人员清单',
    officerName: '姓名',
    certificate: '执法证号',
    officerCategory: '执法类别',
    area: '执法区域',
    lookup: '执法证件查询',
    lookupIntro:
      '执法人员执法时应出示执法证件。您可以输入证件上的执法证号，核实其是否为本单位公示的执法人员。',
    lookupLabel: '执法证号',
    lookupHint: '输入证件上的号码，空格和横线可省略。',
    lookupButton: '查询',
    lookupEmpty: '请输入执法证号。',
    lookupFound: (name, category, area) =>
      `查询结果：该证号属于本单位公示的执法人员 ${name}，执法类别：${category}，执法区域：${area}。`,
    lookupNotFound: (number) =>
      `查询结果：未找到执法证号 ${number}。该人员不在本单位公示的执法人员清单中，请核对号码，或拨打下方监督电话反映。`,
    lookupExpired: (name, number, date) =>
      `查询结果：执法证号 ${number} 属于本单位公示的执法人员 ${name}，但该证件已于 ${date} 到期，目前不是有效的执法证件。持此证件执法的，请拨打下方监督电话反映。`,
    randomInspections: '随机抽查事项清单',
    inspectionItem: '抽查事项',
    inspectionBasis: '依据',
    inspectionBody: '抽查主体',
    inspectionContent: '抽查内容',
    inspectionMethod: '方式',
    inspectionRatio: '比例',
    inspectionFrequency: '频次',
    procedures: '执法流程',
    actor: '办理人',
    stepTime: '时限',
    supervision: '监督方式',
    hours: '时间',
    remedies: '救济渠道',
    remedyKind: '方式',
    remedyBody: '受理机关',
    remedyDeadline: '期限',
  },
  'zh-TW': () => import('./enforcement-agency.messages.zh-TW').then((module) => module.messages),
  en: () => import('./enforcement-agency.messages.en').then((module) => module.messages),
};

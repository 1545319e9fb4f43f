import type { Locale } from '../../core/i18n/index';

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

export const AGENCY_MESSAGES: Record<Locale, AgencyMessages> = {
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
  'zh-TW': {
    title: '執法主體資訊（事前公開）',
    failed: '執法主體資訊暫時無法顯示，請稍後再試。',
    none: '暫無執法主體資訊。',
    choose: '執法主體',
    bodyType: '主體性質',
    code: '統一社會信用代碼',
    address: '地址',
    website: '網站',
    updated: '資訊更新日期',
    duties: '職責',
    powers: '權責清單',
    powerName: '事項名稱',
    powerCategory: '類別',
    powerBasis: '依據',
    powerCode: '編碼',
    legalBasis: '執法依據',
    discretion: '裁量基準',
    officers: '執法人員清單',
    officerName: '姓名',
    certificate: '執法證號',
    officerCategory: '執法類別',
    area: '執法區域',
    lookup: '執法證件查詢',
    lookupIntro:
      '執法人員執法時應出示執法證件。您可以輸入證件上的執法證號，核實其是否為本單位公示的執法人員。',
    lookupLabel: '執法證號',
    lookupHint: '輸入證件上的號碼，空格和橫線可省略。',
    lookupButton: '查詢',
    lookupEmpty: '請輸入執法證號。',
    lookupFound: (name, category, area) =>
      `查詢結果：該證號屬於本單位公示的執法人員 ${name}，執法類別：${category}，執法區域：${area}。`,
    lookupNotFound: (number) =>
      `查詢結果：找不到執法證號 ${number}。該人員不在本單位公示的執法人員清單中，請核對號碼，或撥打下方監督電話反映。`,
    randomInspections: '隨機抽查事項清單',
    inspectionItem: '抽查事項',
    inspectionBasis: '依據',
    inspectionBody: '抽查主體',
    inspectionContent: '抽查內容',
    inspectionMethod: '方式',
    inspectionRatio: '比例',
    inspectionFrequency: '頻次',
    procedures: '執法流程',
    actor: '辦理人',
    stepTime: '時限',
    supervision: '監督方式',
    hours: '時間',
    remedies: '救濟管道',
    remedyKind: '方式',
    remedyBody: '受理機關',
    remedyDeadline: '期限',
  },
  en: {
    title: 'Enforcement agency (published before enforcement)',
    failed: 'The agency information cannot be shown right now. Please try again later.',
    none: 'No agency information has been published yet.',
    choose: 'Agency',
    bodyType: 'Type of body',
    code: 'Unified social credit code',
    address: 'Address',
    website: 'Website',
    updated: 'Last updated',
    duties: 'Duties',
    powers: 'Powers',
    powerName: 'Power',
    powerCategory: 'Category',
    powerBasis: 'Basis',
    powerCode: 'Code',
    legalBasis: 'Legal basis',
    discretion: 'discretion standard',
    officers: 'Enforcement officers',
    officerName: 'Name',
    certificate: 'Credential number',
    officerCategory: 'Field',
    area: 'Area',
    lookup: 'Check an officer’s credential',
    lookupIntro:
      'Officers must show their enforcement credential. Type its number to check that the officer is on this agency’s published list.',
    lookupLabel: 'Credential number',
    lookupHint: 'As printed on the credential; spaces and dashes may be left out.',
    lookupButton: 'Check',
    lookupEmpty: 'Type a credential number.',
    lookupFound: (name, category, area) =>
      `Result: this number belongs to ${name}, a published officer of this agency (field: ${category}; area: ${area}).`,
    lookupNotFound: (number) =>
      `Result: credential number ${number} was not found. This person is not on the agency’s published list: check the number, or call the supervision number below.`,
    randomInspections: 'Random inspections',
    inspectionItem: 'Item',
    inspectionBasis: 'Basis',
    inspectionBody: 'Inspecting body',
    inspectionContent: 'What is checked',
    inspectionMethod: 'Method',
    inspectionRatio: 'Share',
    inspectionFrequency: 'Frequency',
    procedures: 'Procedures',
    actor: 'Handled by',
    stepTime: 'Time limit',
    supervision: 'Supervision and complaints',
    hours: 'Hours',
    remedies: 'Remedies',
    remedyKind: 'Remedy',
    remedyBody: 'Where',
    remedyDeadline: 'Time limit',
  },
};

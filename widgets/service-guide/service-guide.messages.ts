import type { Locale } from '../../core/i18n/index';

export interface ServiceGuideMessages {
  readonly title: string;
  readonly failed: string;
  readonly choose: string;
  readonly none: string;
  readonly notFound: string;
  readonly back: string;
  readonly print: string;
  readonly acceptingBody: string;
  readonly approvingBody: string;
  readonly timeLimit: string;
  readonly fees: string;
  readonly legalBasis: string;
  readonly conditions: string;
  readonly materials: string;
  readonly materialName: string;
  readonly copies: string;
  readonly note: string;
  readonly flow: string;
  readonly actor: string;
  readonly stepTime: string;
  readonly channels: string;
  readonly consultation: string;
  readonly complaint: string;
  readonly hours: string;
  readonly agency: string;
}

export const SERVICE_GUIDE_MESSAGES: Record<Locale, ServiceGuideMessages> = {
  'zh-CN': {
    title: '服务指南',
    failed: '服务指南暂时无法显示，请稍后再试。',
    choose: '请选择办理事项',
    none: '暂无服务指南。',
    notFound: '未找到该事项的服务指南。',
    back: '返回事项列表',
    print: '打印本指南',
    acceptingBody: '受理机构',
    approvingBody: '审批机构',
    timeLimit: '办理时限',
    fees: '收费标准',
    legalBasis: '设定依据',
    conditions: '受理条件',
    materials: '申请材料',
    materialName: '材料名称',
    copies: '份数',
    note: '备注',
    flow: '办理流程',
    actor: '办理人',
    stepTime: '时限',
    channels: '咨询和投诉',
    consultation: '咨询电话',
    complaint: '投诉电话',
    hours: '时间',
    agency: '实施机关',
  },
  'zh-TW': {
    title: '服務指南',
    failed: '服務指南暫時無法顯示，請稍後再試。',
    choose: '請選擇辦理事項',
    none: '暫無服務指南。',
    notFound: '找不到該事項的服務指南。',
    back: '返回事項列表',
    print: '列印本指南',
    acceptingBody: '受理機構',
    approvingBody: '審批機構',
    timeLimit: '辦理時限',
    fees: '收費標準',
    legalBasis: '設定依據',
    conditions: '受理條件',
    materials: '申請材料',
    materialName: '材料名稱',
    copies: '份數',
    note: '備註',
    flow: '辦理流程',
    actor: '辦理人',
    stepTime: '時限',
    channels: '諮詢和投訴',
    consultation: '諮詢電話',
    complaint: '投訴電話',
    hours: '時間',
    agency: '實施機關',
  },
  en: {
    title: 'Service guide',
    failed: 'The service guide cannot be shown right now. Please try again later.',
    choose: 'Choose a service',
    none: 'No service guide has been published yet.',
    notFound: 'There is no guide for this service.',
    back: 'Back to the services',
    print: 'Print this guide',
    acceptingBody: 'Where to apply',
    approvingBody: 'Who decides',
    timeLimit: 'Time limit',
    fees: 'Fees',
    legalBasis: 'Legal basis',
    conditions: 'Conditions',
    materials: 'What to bring',
    materialName: 'Document',
    copies: 'Copies',
    note: 'Note',
    flow: 'Procedure',
    actor: 'Handled by',
    stepTime: 'Time limit',
    channels: 'Questions and complaints',
    consultation: 'Questions',
    complaint: 'Complaints',
    hours: 'Hours',
    agency: 'Agency',
  },
};

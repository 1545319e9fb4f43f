import type { LocaleTable } from '../internal/locale-table';

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

export const SERVICE_GUIDE_MESSAGES: LocaleTable<ServiceGuideMessages> = {
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
  'zh-TW': () => import('./service-guide.messages.zh-TW').then((module) => module.messages),
  en: () => import('./service-guide.messages.en').then((module) => module.messages),
};

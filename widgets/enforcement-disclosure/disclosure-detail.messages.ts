import { RECORD_FIELD_TITLES } from '../../core/records/record-field-titles';
import type { LocaleTable } from '../internal/locale-table';

/** Field labels keyed by record path, also used for the paths in correction history. */
export type FieldLabels = Readonly<Record<string, string>>;

/** Strings of the detail view and the 纠错 form (a lazily loaded chunk). */
export interface DetailMessages {
  readonly back: string;
  readonly notFound: string;
  readonly withdrawnNotice: (date: string) => string;
  readonly withdrawalReason: string;
  readonly fullText: string;
  readonly attachments: string;
  readonly corrections: string;
  readonly correctionFields: string;
  readonly correctionReason: string;
  readonly correctionPrevious: string;
  readonly platform: string;
  readonly shareLink: string;
  readonly report: string;
  readonly reportHeading: string;
  readonly reportIntro: string;
  readonly reportRecord: string;
  readonly reportDescription: string;
  readonly reportDescriptionHint: string;
  readonly reportEvidence: string;
  readonly reportEvidenceHint: string;
  readonly reportContact: string;
  readonly reportContactHint: string;
  readonly reportSubmit: string;
  readonly reportSubmitMail: string;
  readonly reportCancel: string;
  readonly reportSending: string;
  readonly reportSent: string;
  readonly reportMailOpened: string;
  readonly reportFailed: string;
  readonly reportErrorTitle: string;
  readonly reportDescriptionMissing: string;
  readonly reportSubject: (documentNumber: string) => string;
  readonly fields: FieldLabels;
}

export const DETAIL_MESSAGES: LocaleTable<DetailMessages> = {
  'zh-CN': {
    back: '返回列表',
    notFound: '未找到该公示记录，可能已过公示期或已撤下。',
    withdrawnNotice: (date) => `本决定已于 ${date} 撤回公示，原公示内容不再显示。`,
    withdrawalReason: '撤回理由',
    fullText: '决定书全文',
    attachments: '附件',
    corrections: '更正记录',
    correctionFields: '更正项目',
    correctionReason: '更正原因',
    correctionPrevious: '更正前内容',
    platform: '在省级行政执法公示平台查看',
    shareLink: '本记录链接',
    report: '纠错',
    reportHeading: '报告公示信息错误（纠错）',
    reportIntro:
      '如发现本条公示信息有误，请说明错误内容，必要时提供证明材料。执法机关核实后将及时更正。',
    reportRecord: '记录编号',
    reportDescription: '错误内容说明（必填）',
    reportDescriptionHint: '请写明哪一项有误、正确内容是什么。',
    reportEvidence: '证明材料（可选）',
    reportEvidenceHint: '可上传图片或 PDF 文件。',
    reportContact: '联系方式（可选）',
    reportContactHint: '仅供执法机关回复您，不会公开。',
    reportSubmit: '提交纠错',
    reportSubmitMail: '用电子邮件发送',
    reportCancel: '取消',
    reportSending: '正在提交…',
    reportSent: '已提交，感谢您的反馈。执法机关核实后将及时更正。',
    reportMailOpened: '已打开电子邮件程序，请在邮件中确认并发送。',
    reportFailed: '提交失败，请稍后再试，或通过页面上的监督电话反映。',
    reportErrorTitle: '请修正以下问题',
    reportDescriptionMissing: '请填写错误内容说明',
    reportSubject: (documentNumber) => `公示信息纠错：${documentNumber}`,
    fields: RECORD_FIELD_TITLES,
  },
  'zh-TW': () => import('./disclosure-detail.messages.zh-TW').then((module) => module.messages),
  en: () => import('./disclosure-detail.messages.en').then((module) => module.messages),
};

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
    fields: {
      documentNumber: '决定书文号',
      documentTitle: '决定文书名称',
      category: '执法类别',
      'party.name': '行政相对人',
      'party.kind': '相对人类别',
      'party.legalRepresentative': '法定代表人',
      'party.identifiers.unifiedSocialCreditCode': '统一社会信用代码',
      agency: '执法机关',
      dataSource: '数据来源单位',
      decisionKind: '处罚/许可类别',
      violationType: '违法行为类型',
      facts: '违法事实',
      basis: '执法依据',
      content: '执法内容',
      conclusion: '执法结论',
      'amounts.fine': '罚款金额',
      'amounts.confiscation': '没收违法所得、非法财物金额',
      'amounts.levy': '征收金额',
      'amounts.fee': '收费金额',
      'licence.certificateName': '许可证书名称',
      'licence.number': '许可编号',
      'licence.status': '当前状态',
      suspendedLicence: '暂扣或吊销证照',
      decisionDate: '决定日期',
      publicationDate: '公示日期',
      validFrom: '有效期自',
      validTo: '有效期至',
      publicityEndDate: '公示截止日期',
      remarks: '备注',
    },
  },
  'zh-TW': () => import('./disclosure-detail.messages.zh-TW').then((module) => module.messages),
  en: () => import('./disclosure-detail.messages.en').then((module) => module.messages),
};

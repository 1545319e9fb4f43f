import type { MinorDecision } from '../minor-memory';

/** Every user-facing string of the in-page panel and the publish dialog. */
export interface PanelStrings {
  readonly title: string;
  readonly collapse: string;
  readonly expand: string;
  readonly none: string;
  readonly count: (open: number, ignored: number) => string;
  readonly redactAll: string;
  readonly more: (count: number) => string;
  readonly undo: string;
  readonly working: string;
  readonly redactOne: string;
  readonly markPublic: string;
  readonly ignore: string;
  readonly ignoreReason: string;
  readonly confirmIgnore: string;
  readonly cancel: string;
  readonly inField: (label: string) => string;
  readonly redacted: (count: number, failed: number) => string;
  readonly undone: (count: number) => string;
  readonly gateTitle: string;
  readonly gateIntro: (count: number) => string;
  readonly gateRedactAndPublish: string;
  readonly gateBack: string;
  readonly gatePublishAnyway: string;
  readonly gateReason: string;
  readonly gateReasonHint: string;
  readonly gateConfirmAnyway: string;
  readonly gateStillOpen: (count: number) => string;
  readonly gateReviewTitle: string;
  readonly gateReviewIntro: string;
  readonly gateMinorTitle: string;
  readonly gateMinorIntro: (minor: MinorDecision) => string;
  /** The panel's standing notice while the page holds a minor's decision. */
  readonly minorNotice: (minor: MinorDecision) => string;
}

export const ZH_CN: PanelStrings = {
  title: '公示助手',
  collapse: '收起',
  expand: '展开',
  none: '未发现个人信息。',
  count: (open, ignored) =>
    `发现 ${open} 处个人信息${ignored > 0 ? `，已忽略 ${ignored} 类` : ''}。`,
  redactAll: '全部脱敏',
  more: (count) => `另有 ${count} 处未列出，“全部脱敏”会一并处理。`,
  undo: '撤销',
  working: '正在脱敏…',
  redactOne: '脱敏',
  markPublic: '设为公开',
  ignore: '忽略',
  ignoreReason: '忽略原因',
  confirmIgnore: '确认忽略',
  cancel: '取消',
  inField: (label) => `位于：${label}`,
  redacted: (count, failed) =>
    `已脱敏 ${count} 处。${failed > 0 ? `${failed} 处编辑器未接受修改，请手工处理。` : ''}`,
  undone: (count) => `已撤销 ${count} 处脱敏。`,
  gateTitle: '发布前发现未处理的个人信息',
  gateIntro: (count) =>
    `正文中还有 ${count} 处个人信息。政府网站公开含个人信息的内容属于检查不合格项。`,
  gateRedactAndPublish: '全部脱敏并发布',
  gateBack: '返回修改',
  gatePublishAnyway: '仍要发布',
  gateReason: '仍要发布的原因（必填，将记入本机记录）',
  gateReasonHint: '例如：当事人已书面同意公开联系方式。',
  gateConfirmAnyway: '确认仍要发布',
  gateStillOpen: (count) => `还有 ${count} 处未能自动脱敏，请返回修改。`,
  gateReviewTitle: '重大执法决定须经法制审核后方可发布',
  gateReviewIntro: '请录入法制审核意见、审核人和审核日期。审核意见为“同意”时才能发布。',
  gateMinorTitle: '未成年人的执法决定不予公开',
  gateMinorIntro: (minor) =>
    minor.shown
      ? `这是未成年人的行政执法决定，依法不予公开（${minor.reason}）。脱敏只能隐去姓名和证件号，不能使它可以发布：请勿发布本决定。`
      : `本页正文已被认定为未成年人的行政执法决定，依法不予公开（${minor.reason}）。脱敏或删去出生信息后仍不能发布：请勿发布本决定。`,
  minorNotice: (minor) =>
    minor.shown
      ? '未成年人的执法决定依法不予公开：脱敏后也不能发布。'
      : `本页曾被认定为未成年人的执法决定（${minor.reason}）：脱敏后也不能发布。`,
};

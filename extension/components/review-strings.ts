/** Strings of the legal-review step, shared by the publish dialog and the side panel. */
export const REVIEW_STRINGS = {
  title: '重大执法决定法制审核',
  notMajor: '根据当前政策配置，本决定不属于重大执法决定，无需法制审核。',
  majorBecause: '本决定属于重大执法决定：',
  facts: '案件情况',
  hearingHeld: '举行了听证',
  markedMajor: '标记为重大执法决定（案情复杂、涉及重大公共利益等）',
  simplifiedProcedure: '适用简易程序',
  opinion: '审核意见',
  choose: '请选择',
  reviewer: '审核人',
  chooseReviewer: '请从审核人员名册中选择',
  submittedOn: '送审日期',
  uncheckedReason: (point: string) => `“${point}”未勾选的理由`,
  date: '审核日期',
  checklist: '审核要点（逐项确认）',
  comments: '审核意见说明（可选）',
  save: '保存审核意见',
  saved: '审核意见已保存，并记入本机发布记录。',
  approved: '法制审核意见为“同意”，可以发布。',
  timeLimit: (days: number, due: string) =>
    `审核时限：送审后 ${days} 个工作日内完成，最迟 ${due}。`,
  timeLimitUnknown: (days: number) =>
    `审核时限：送审后 ${days} 个工作日内完成。填写送审日期后显示最迟日期。`,
  overdue: '已超过审核时限',
} as const;

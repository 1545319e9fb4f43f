/** 法制审核意见 (DOMAIN.md §1.3): only 同意 lets a major decision go out. */
export const ReviewOpinion = {
  approve: '同意',
  change: '变更',
  correct: '纠正',
  supplement: '补充',
  refer: '移送',
} as const;
export type ReviewOpinion = (typeof ReviewOpinion)[keyof typeof ReviewOpinion];
export const REVIEW_OPINIONS: readonly ReviewOpinion[] = Object.values(ReviewOpinion);

/** What each opinion asks of the enforcement unit, shown when publication is stopped. */
export const OPINION_MEANING: Readonly<Record<ReviewOpinion, { zh: string; en: string }>> = {
  同意: {
    zh: '审核通过，可以作出决定并公开。',
    en: 'Approved: the decision may be made and published.',
  },
  变更: {
    zh: '法制审核意见要求变更决定内容，请按意见修改后重新送审。',
    en: 'The review asks for the decision to be changed; revise it and resubmit.',
  },
  纠正: {
    zh: '法制审核意见要求纠正违法或不当之处，请纠正后重新送审。',
    en: 'The review found errors to correct; correct them and resubmit.',
  },
  补充: {
    zh: '法制审核意见要求补充调查或材料，请补充后重新送审。',
    en: 'The review asks for further evidence or documents; supplement them and resubmit.',
  },
  移送: {
    zh: '法制审核意见认为涉嫌犯罪，应移送司法机关，本决定不得公开。',
    en: 'The review found a suspected crime to refer to judicial organs; do not publish.',
  },
};

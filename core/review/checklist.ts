/**
 * The eight points a legal reviewer (法制审核机构) checks before a major decision (DOMAIN.md
 * §1.3, 国办发〔2018〕118号 and the source document). The order is the usual order of a
 * 法制审核意见书.
 */
export const REVIEW_CHECKLIST = [
  { id: 'authority', zh: '执法主体是否合法', en: 'The enforcing body has the authority' },
  {
    id: 'qualification',
    zh: '执法人员是否具备执法资格',
    en: 'The officers hold valid credentials',
  },
  {
    id: 'facts',
    zh: '案件事实是否清楚，证据是否确凿充分',
    en: 'Facts are clear and evidence sufficient',
  },
  {
    id: 'law',
    zh: '适用法律、法规、规章是否准确',
    en: 'Laws and regulations are applied correctly',
  },
  { id: 'discretion', zh: '行政裁量基准适用是否适当', en: 'Discretion follows the 裁量基准' },
  { id: 'procedure', zh: '执法程序是否合法', en: 'The procedure was lawful' },
  {
    id: 'documents',
    zh: '执法文书是否完备、规范',
    en: 'Enforcement documents are complete and correct',
  },
  {
    id: 'referral',
    zh: '是否涉嫌犯罪需要移送司法机关',
    en: 'Whether the case must be referred to judicial organs as a suspected crime',
  },
] as const;

export type ChecklistItemId = (typeof REVIEW_CHECKLIST)[number]['id'];
export const CHECKLIST_ITEM_IDS: readonly ChecklistItemId[] = REVIEW_CHECKLIST.map(
  (item) => item.id,
);

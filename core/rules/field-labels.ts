/** The Chinese name of each record field, as clerks know them from 双公示 and 三项制度. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '记录标识',
  category: '执法类别',
  documentNumber: '决定书文号',
  documentTitle: '决定文书名称',
  'party.name': '行政相对人名称',
  'party.kind': '行政相对人类别',
  'party.identifiers': '行政相对人代码',
  'party.identifiers.unifiedSocialCreditCode': '统一社会信用代码',
  'party.legalRepresentative': '法定代表人',
  'agency.name': '执法机关',
  'agency.code': '执法机关统一社会信用代码',
  decisionKind: '处罚类别/许可类别',
  violationType: '违法行为类型',
  facts: '违法事实',
  basis: '依据',
  content: '执法内容',
  conclusion: '执法结论',
  'amounts.fine': '罚款金额',
  'amounts.confiscation': '没收金额',
  'amounts.levy': '征收金额',
  'amounts.fee': '收费金额',
  'licence.certificateName': '许可证书名称',
  'licence.number': '许可编号',
  suspendedLicence: '暂扣或吊销证照名称及编号',
  decisionDate: '决定日期',
  publicationDate: '公开日期',
  validFrom: '有效期自',
  validTo: '有效期至',
  publicityEndDate: '公示截止期',
  fullText: '决定书全文',
  remarks: '备注',
  withdrawal: '撤下',
  'withdrawal.reason': '撤下原因',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The value at a dotted path (`amounts.fine`), or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

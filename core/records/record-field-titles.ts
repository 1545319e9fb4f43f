/**
 * The Chinese (zh-CN) title of each field of a decision as the public reads it, keyed by the
 * field's path in DecisionRecord: the widget's detail view and the static record pages show
 * the same words.
 */
export const RECORD_FIELD_TITLES: Readonly<Record<string, string>> = {
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
};

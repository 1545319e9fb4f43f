import {
  DECISION_CATEGORIES,
  MoneyUnit,
  PARTY_KINDS,
  REGULATED_AREAS,
  REVOCATION_KINDS,
} from '../records/enumerations';
import { TimeUnit } from '../records/service-guide';
import type { Spec } from '../schema/spec';

/** The `format` value every Gongshi feed carries. */
export const FEED_FORMAT = 'gongshi-feed';
/** The feed version this code reads and writes. A reader refuses a newer version. */
export const FEED_VERSION = 1;

const text = (title?: string): Spec => ({ kind: 'text', ...(title ? { title } : {}) });
const optText = (title?: string): Spec => ({
  kind: 'text',
  optional: true,
  ...(title ? { title } : {}),
});
const optDate = (title: string): Spec => ({ kind: 'date', optional: true, title });
const list = (of: Spec, title?: string): Spec => ({
  kind: 'list',
  of,
  ...(title ? { title } : {}),
});
const optList = (of: Spec, title?: string): Spec => ({
  kind: 'list',
  of,
  optional: true,
  ...(title ? { title } : {}),
});
const object = (fields: Record<string, Spec>, title?: string, optional = false): Spec => ({
  kind: 'object',
  fields,
  ...(optional ? { optional } : {}),
  ...(title ? { title } : {}),
});

const money = (title: string): Spec =>
  object(
    {
      value: { kind: 'decimal', title: '十进制数字文本 decimal as text' },
      unit: { kind: 'enum', values: Object.values(MoneyUnit) },
    },
    title,
    true,
  );

const agencyRef = (title: string, optional = false): Spec =>
  object({ name: text('名称 name'), code: optText('统一社会信用代码') }, title, optional);

/** One DecisionRecord (core/records/decision-record.ts): the order here is the JSON order. */
export const RECORD_SPEC: Spec = object(
  {
    id: text('在本 feed 内唯一的标识 id, unique within the feed'),
    category: { kind: 'enum', values: DECISION_CATEGORIES, title: '执法类别 category' },
    documentNumber: optText('决定书文号'),
    documentTitle: optText('决定文书名称'),
    party: object(
      {
        name: text('行政相对人名称'),
        kind: { kind: 'enum', values: PARTY_KINDS, title: '行政相对人类别' },
        identifiers: object(
          {
            unifiedSocialCreditCode: optText('代码_1 统一社会信用代码'),
            businessRegistrationNumber: optText('代码_2 工商注册号'),
            organisationCode: optText('代码_3 组织机构代码'),
            taxRegistrationNumber: optText('代码_4 税务登记号'),
            institutionCertificateNumber: optText('代码_5 事业单位证书号'),
            socialOrganisationNumber: optText('代码_6 社会组织登记证号'),
          },
          '行政相对人代码',
          true,
        ),
        legalRepresentative: optText('法定代表人'),
        minorAtDecision: {
          kind: 'boolean',
          optional: true,
          title: '决定时是否未满18周岁 (derived from the ID at import; the ID is never kept)',
        },
      },
      '行政相对人 party',
    ),
    agency: agencyRef('执法机关 agency'),
    dataSource: agencyRef('数据来源单位', true),
    decisionKind: optText('处罚类别 / 许可类别 / 强制措施种类'),
    violationType: optText('违法行为类型'),
    facts: optText('违法事实'),
    basis: optText('依据'),
    content: optText('执法内容'),
    conclusion: optText('执法结论'),
    amounts: object(
      {
        fine: money('罚款金额'),
        confiscation: money('没收违法所得、没收非法财物的金额'),
        levy: money('征收金额'),
        fee: money('收费金额'),
      },
      '金额 amounts',
      true,
    ),
    licence: object(
      {
        certificateName: optText('许可证书名称'),
        number: optText('许可编号'),
        status: optText('当前状态'),
      },
      '许可信息',
      true,
    ),
    suspendedLicence: optText('暂扣或吊销证照名称及编号'),
    regulatedArea: {
      kind: 'enum',
      values: REGULATED_AREAS,
      optional: true,
      title: '公示期至少一年的领域',
    },
    decisionDate: { kind: 'date', title: '决定日期' },
    publicationDate: optDate('公开日期'),
    validFrom: optDate('有效期自'),
    validTo: optDate('有效期至 / 处罚有效期'),
    publicityEndDate: optDate('公示截止期'),
    fullText: optText('决定书全文'),
    platformUrl: { kind: 'url', optional: true, title: '省级平台链接' },
    attachments: optList(
      object({
        title: text(),
        url: { kind: 'url' },
        mediaType: optText(),
      }),
      '附件',
    ),
    remarks: optText('备注'),
    corrections: optList(
      object({
        date: { kind: 'date' },
        fields: list(text()),
        reason: text('更正原因'),
        previous: { kind: 'string-map', optional: true, title: '更正前的公开内容' },
      }),
      '更正记录 (oldest first)',
    ),
    revocation: object(
      {
        date: { kind: 'date' },
        kind: { kind: 'enum', values: REVOCATION_KINDS },
        reason: optText(),
      },
      '决定被变更、撤销、确认违法或无效',
      true,
    ),
    withdrawal: object({ date: { kind: 'date' }, reason: text('撤下原因（公开）') }, '撤下', true),
  },
  '行政执法决定 decision record',
);

const timeLimit = (optional: boolean): Spec =>
  object(
    {
      value: { kind: 'integer', min: 0 },
      unit: { kind: 'enum', values: Object.values(TimeUnit) },
      note: optText(),
    },
    '时限',
    optional,
  );

const procedureFlow: Spec = object({
  name: text(),
  steps: list(
    object({
      name: text(),
      actor: text(),
      timeLimit: timeLimit(true),
      description: optText(),
    }),
  ),
});

/** One AgencyProfile (事前公开) with its service guides. */
export const AGENCY_SPEC: Spec = object(
  {
    name: text('执法主体名称'),
    code: optText('统一社会信用代码'),
    bodyType: optText('主体性质'),
    address: optText(),
    website: { kind: 'url', optional: true },
    duties: list(text(), '职责'),
    powers: list(
      object({ name: text(), category: text(), basis: optText(), code: optText() }),
      '权责清单',
    ),
    legalBasis: list(
      object({
        title: text(),
        articles: optText(),
        url: { kind: 'url', optional: true },
        discretionStandard: { kind: 'boolean', optional: true },
      }),
      '执法依据',
    ),
    officers: list(
      object({
        name: text(),
        certificateNumber: text('执法证号'),
        enforcementCategory: text('执法类别'),
        area: text('执法区域'),
      }),
      '执法人员清单',
    ),
    randomInspections: list(
      object({
        item: text(),
        basis: text(),
        body: text(),
        content: text(),
        method: text(),
        ratio: text(),
        frequency: text(),
      }),
      '随机抽查事项清单',
    ),
    procedures: list(procedureFlow, '执法流程'),
    serviceGuides: list(
      object({
        itemName: text(),
        acceptingBody: text(),
        approvingBody: text(),
        legalBasis: list(text()),
        conditions: list(text()),
        materials: list(
          object({
            name: text(),
            copies: { kind: 'integer', min: 1, optional: true },
            note: optText(),
          }),
        ),
        flow: procedureFlow,
        timeLimit: timeLimit(false),
        fees: text(),
        consultationPhone: optText(),
        complaintPhone: optText(),
      }),
      '服务指南',
    ),
    supervision: list(object({ kind: text(), value: text(), hours: optText() }), '监督方式'),
    remedies: list(object({ kind: text(), body: text(), deadline: text() }), '救济渠道'),
    updated: optDate('更新日期'),
  },
  '事前公开 agency profile',
);

const publisher: Spec = object(
  {
    name: text('发布单位 (e.g. 示例县人民政府)'),
    url: { kind: 'url', optional: true },
    code: optText('统一社会信用代码'),
  },
  '发布单位 publisher',
);

const header: Record<string, Spec> = {
  format: { kind: 'const', value: FEED_FORMAT },
  version: { kind: 'const', value: FEED_VERSION },
  kind: { kind: 'enum', values: ['records', 'index'] },
  generated: { kind: 'timestamp', optional: true, title: '生成时间' },
  title: optText('标题'),
  publisher,
  profile: optText('适用的公开规则 (policy profile id, e.g. luzhou-2018)'),
  agencies: optList(AGENCY_SPEC, '事前公开'),
};

/** A feed with the records themselves (a whole portal, or one shard). */
export const RECORDS_FEED_SPEC: Spec = object(
  {
    ...header,
    kind: { kind: 'const', value: 'records' },
    records: list(RECORD_SPEC, '事后公开记录'),
  },
  'Gongshi records feed',
);

/** An index feed: which shard holds which month and agency, so a widget loads only those. */
export const INDEX_FEED_SPEC: Spec = object(
  {
    ...header,
    kind: { kind: 'const', value: 'index' },
    shards: list(
      object({
        url: { kind: 'url', title: '分片地址 (relative to the index)' },
        month: optText('YYYY-MM'),
        agency: optText('执法机关名称'),
        recordCount: { kind: 'integer', min: 0 },
        categories: optList({ kind: 'enum', values: DECISION_CATEGORIES }),
      }),
      '分片 shards',
    ),
  },
  'Gongshi index feed',
);

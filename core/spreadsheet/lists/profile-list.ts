import type { Channel, Remedy } from '../../records/agency-profile';
import { parseLegalBasis, splitItems } from './list-cells';
import type { AgencyDetails, ListDefinition } from './list-definition';

type Key =
  | 'bodyType'
  | 'address'
  | 'website'
  | 'duties'
  | 'legalBasis'
  | 'phone'
  | 'complaintPhone'
  | 'supervisionPhone'
  | 'hotline'
  | 'email'
  | 'hours'
  | 'reconsiderationBody'
  | 'reconsiderationDeadline'
  | 'litigationBody'
  | 'litigationDeadline';

/**
 * The time limits the law sets when the sheet leaves them out: 行政复议法 (2023) Art. 20
 * (sixty days) and 行政诉讼法 Art. 46 (six months).
 */
export const RECONSIDERATION_DEADLINE = '自知道或者应当知道该行政行为之日起六十日内';
export const LITIGATION_DEADLINE = '自知道或者应当知道作出行政行为之日起六个月内';

/** The supervision channels a sheet gives in columns of their own, with their public names. */
const CHANNELS: readonly [Key, string][] = [
  ['phone', '联系电话'],
  ['complaintPhone', '投诉举报电话'],
  ['supervisionPhone', '监督电话'],
  ['hotline', '政务服务便民热线'],
  ['email', '监督邮箱'],
];

/**
 * 执法主体信息: one agency per row — its 执法主体名称 (the common 执法主体 column) and
 * 统一社会信用代码, 主体性质, 地址, 网站, 职责, 执法依据, the supervision channels and the
 * remedies (行政复议机关, 行政诉讼法院, each with its time limit).
 */
export const PROFILE_LIST: ListDefinition<'profile', Key> = {
  kind: 'profile',
  columns: [
    {
      key: 'bodyType',
      header: '主体性质',
      aliases: ['主体类别', '主体类型', '执法主体性质', '机构性质'],
      example: '法定行政机关',
    },
    {
      key: 'address',
      header: '办公地址',
      aliases: ['地址', '单位地址', '机关地址', '办公地点'],
      example: '示例县政务服务中心2楼',
    },
    {
      key: 'website',
      header: '网站',
      aliases: ['网址', '门户网站', '单位网站'],
      example: 'https://www.example.gov.cn/scjg/',
    },
    {
      key: 'duties',
      header: '职责',
      aliases: ['主要职责', '法定职责', '工作职责', '执法职责'],
      required: true,
      example: '1.负责全县市场监管领域的行政执法工作；2.组织实施“双随机、一公开”监管',
    },
    {
      key: 'legalBasis',
      header: '执法依据',
      aliases: ['法律依据', '依据', '主要执法依据'],
      example: '《中华人民共和国食品安全法》；《示例县市场监督管理局行政处罚裁量基准》',
    },
    {
      // The agency's own number: public here, unlike 联系电话 in an officers' roster.
      key: 'phone',
      header: '联系电话',
      aliases: ['办公电话', '单位电话'],
      example: '0830-1234500',
    },
    {
      key: 'complaintPhone',
      header: '投诉举报电话',
      aliases: ['投诉电话', '举报电话', '投诉举报方式'],
      example: '0830-1234567',
    },
    {
      key: 'supervisionPhone',
      header: '监督电话',
      aliases: ['监督举报电话'],
      example: '0830-7654321',
    },
    {
      key: 'hotline',
      header: '政务服务热线',
      aliases: ['服务热线', '便民热线', '12345热线'],
      example: '12345',
    },
    {
      key: 'email',
      header: '监督邮箱',
      aliases: ['电子邮箱', '投诉邮箱', '邮箱'],
      example: 'jd@example.gov.cn',
    },
    {
      key: 'hours',
      header: '受理时间',
      aliases: ['工作时间', '办公时间', '接听时间'],
      example: '工作日 9:00-17:00',
    },
    {
      key: 'reconsiderationBody',
      header: '行政复议机关',
      aliases: ['复议机关', '行政复议受理机关'],
      example: '示例县人民政府',
    },
    {
      key: 'reconsiderationDeadline',
      header: '行政复议期限',
      aliases: ['复议期限', '申请复议期限'],
      example: RECONSIDERATION_DEADLINE,
    },
    {
      key: 'litigationBody',
      header: '行政诉讼法院',
      aliases: ['管辖法院', '诉讼法院', '行政诉讼管辖法院'],
      example: '示例县人民法院',
    },
    {
      key: 'litigationDeadline',
      header: '行政诉讼期限',
      aliases: ['诉讼期限', '起诉期限'],
      example: LITIGATION_DEADLINE,
    },
  ],
  build(row) {
    const duties = splitItems(row.value('duties'));
    if (duties.length === 0) {
      row.reject(
        'row.required-missing',
        `缺少「${row.title('duties')}」，此行未导入。`,
        `"${row.title('duties')}" is empty; row not imported.`,
        'duties',
      );
      return undefined;
    }
    const hours = row.value('hours');
    const supervision: Channel[] = CHANNELS.flatMap(([key, kind]) => {
      const value = row.value(key);
      return value ? [{ kind, value, ...(hours ? { hours } : {}) }] : [];
    });
    const remedies: Remedy[] = [];
    const reconsideration = row.value('reconsiderationBody');
    if (reconsideration) {
      remedies.push({
        kind: '行政复议',
        body: reconsideration,
        deadline: row.value('reconsiderationDeadline') ?? RECONSIDERATION_DEADLINE,
      });
    }
    const litigation = row.value('litigationBody');
    if (litigation) {
      remedies.push({
        kind: '行政诉讼',
        body: litigation,
        deadline: row.value('litigationDeadline') ?? LITIGATION_DEADLINE,
      });
    }
    let website = row.value('website');
    if (website && !/^https?:\/\/\S+$/i.test(website)) {
      row.warn(
        'cell.invalid-url',
        `「${row.title('website')}」应为 http:// 或 https:// 开头的网址，已留空。`,
        `"${row.title('website')}" must start with http:// or https://; left empty.`,
        'website',
      );
      website = undefined;
    }
    const bodyType = row.value('bodyType');
    const address = row.value('address');
    const details: AgencyDetails = {
      name: row.agency.name,
      ...(row.agency.code ? { code: row.agency.code } : {}),
      ...(bodyType ? { bodyType } : {}),
      ...(address ? { address } : {}),
      ...(website ? { website } : {}),
      duties,
      legalBasis: parseLegalBasis(row.value('legalBasis')),
      supervision,
      remedies,
    };
    return details;
  },
  fieldColumns: {
    name: ['agency'],
    code: ['agencyCode'],
    supervision: ['phone', 'complaintPhone', 'supervisionPhone', 'hotline', 'email'],
    remedies: ['reconsiderationBody', 'litigationBody'],
  },
  key: (details) => details.name,
  label: (details) => details.name,
};

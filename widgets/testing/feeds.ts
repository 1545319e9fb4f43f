/**
 * Feeds for the widget browser tests and benchmarks, in the core/feed format. Fictitious:
 * names, numbers and agencies are invented (the ID numbers are checksum-valid on purpose, so
 * the privacy engine must recognise them).
 */

type Json = Record<string, unknown>;

export const AGENCY = '示例县市场监督管理局';
export const OTHER_AGENCY = '示例县生态环境局';

export function decision(index: number, overrides: Json = {}): Json {
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 27) + 1).padStart(2, '0');
  return {
    id: `d${index}`,
    category: index % 3 === 0 ? '行政许可' : '行政处罚',
    documentNumber: `示市监处罚〔2025〕${index + 1}号`,
    documentTitle: index % 3 === 0 ? '行政许可决定书' : '行政处罚决定书',
    party: { name: `示例县某某商贸有限公司${index}`, kind: '法人及非法人组织' },
    agency: { name: index % 2 === 0 ? AGENCY : OTHER_AGENCY },
    decisionKind: '罚款',
    violationType: '销售不合格产品',
    facts: `经查，当事人销售的产品第${index}批次抽检不合格。`,
    basis: '《中华人民共和国产品质量法》第四十九条',
    content: `罚款人民币${1000 + index}元`,
    amounts: { fine: { value: String(1000 + index), unit: '元' } },
    decisionDate: `2025-${month}-${day}`,
    publicationDate: `2025-${month}-${day}`,
    publicityEndDate: '2028-12-31',
    ...overrides,
  };
}

export function recordsFeed(records: readonly Json[], extra: Json = {}): Json {
  return {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    generated: '2026-01-05T08:00:00Z',
    publisher: { name: '示例县人民政府' },
    records,
    ...extra,
  };
}

/** `count` records spread over 2025, two agencies, licences and penalties. */
export function manyRecords(count: number): Json[] {
  return Array.from({ length: count }, (_, index) => decision(index));
}

export const AS_OF = '2026-01-10';

/** One agency's 事前公开 profile with a service guide (fictitious). */
export function agencyProfile(overrides: Json = {}): Json {
  return {
    name: AGENCY,
    code: '11519999MBJYU45HBW',
    bodyType: '法定行政机关',
    address: '示例县政务中心2楼',
    website: 'https://scjg.example.gov.cn/',
    duties: ['负责全县市场监管领域的行政执法工作', '依法查处市场监管领域的违法行为'],
    powers: [
      {
        name: '对经营超过保质期的食品的处罚',
        category: '行政处罚',
        basis: '《中华人民共和国食品安全法》第一百二十四条',
        code: 'SCJG-001',
      },
    ],
    legalBasis: [
      { title: '中华人民共和国食品安全法', url: 'https://flk.example.gov.cn/food-safety' },
      { title: '示例县市场监督管理局行政处罚裁量基准', discretionStandard: true },
    ],
    officers: [
      {
        name: '陈某',
        certificateNumber: '5199990000',
        enforcementCategory: '市场监管',
        area: '示例县全域',
      },
      {
        name: '黄某',
        certificateNumber: '5199990001',
        enforcementCategory: '市场监管',
        area: '示例县城区',
      },
    ],
    randomInspections: [
      {
        item: '食品经营主体检查',
        basis: '《中华人民共和国食品安全法》',
        body: AGENCY,
        content: '经营资质',
        method: '现场检查',
        ratio: '5%',
        frequency: '每年1次',
      },
    ],
    procedures: [
      {
        name: '行政处罚一般程序',
        steps: [
          { name: '立案', actor: '承办科室', timeLimit: { value: 15, unit: '日' } },
          { name: '调查取证', actor: '执法人员（不少于两人）' },
          { name: '作出决定', actor: '机关负责人' },
        ],
      },
    ],
    serviceGuides: [
      {
        itemName: '食品经营许可证核发',
        acceptingBody: '示例县政务服务中心市场监管窗口',
        approvingBody: AGENCY,
        legalBasis: ['《中华人民共和国食品安全法》第三十五条'],
        conditions: ['有与经营项目相适应的场所'],
        materials: [
          { name: '申请书', copies: 1 },
          { name: '营业执照复印件', copies: 1, note: '加盖公章' },
        ],
        flow: {
          name: '许可办理流程',
          steps: [
            { name: '申请与受理', actor: '政务服务窗口', timeLimit: { value: 1, unit: '工作日' } },
            { name: '审查与核查', actor: '承办科室', timeLimit: { value: 5, unit: '工作日' } },
            { name: '决定与发证', actor: AGENCY, timeLimit: { value: 2, unit: '工作日' } },
          ],
        },
        timeLimit: { value: 8, unit: '工作日', note: '法定时限20个工作日' },
        fees: '不收费',
        consultationPhone: '0830-3196001',
        complaintPhone: '12315',
      },
      {
        itemName: '特种设备使用登记',
        acceptingBody: '示例县政务服务中心市场监管窗口',
        approvingBody: AGENCY,
        legalBasis: ['《中华人民共和国特种设备安全法》第三十三条'],
        conditions: ['特种设备经监督检验合格'],
        materials: [{ name: '使用登记表', copies: 2 }],
        flow: {
          name: '登记流程',
          steps: [
            { name: '受理', actor: '窗口' },
            { name: '登记', actor: '承办科室' },
          ],
        },
        timeLimit: { value: 5, unit: '工作日' },
        fees: '不收费',
      },
    ],
    supervision: [
      { kind: '投诉举报电话', value: '12315', hours: '工作日 9:00-17:00' },
      { kind: '监督电话', value: '0830-3196001' },
    ],
    remedies: [
      { kind: '行政复议', body: '示例县人民政府', deadline: '自知道该行政行为之日起六十日内' },
      {
        kind: '行政诉讼',
        body: '示例县人民法院',
        deadline: '自知道或者应当知道作出行政行为之日起六个月内',
      },
    ],
    updated: '2025-12-01',
    ...overrides,
  };
}

const KEEP_AS_IS = new Set([
  'unit',
  'kind',
  'category',
  'format',
  'version',
  'date',
  'decisionDate',
  'publicationDate',
  'publicityEndDate',
  'updated',
]);
const URL_KEYS = new Set(['url', 'website', 'platformUrl']);

/**
 * The value with every free-text string replaced by `text` and every URL by `url`
 * (enumerations, dates and numbers stay valid so the record is still read).
 */
export function poison(value: unknown, text: string, url: string, key = ''): unknown {
  if (typeof value === 'string') {
    if (URL_KEYS.has(key)) return url;
    return KEEP_AS_IS.has(key) ? value : `${text}${value}`;
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, text, url, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, poison(item, text, url, name)]),
    );
  }
  return value;
}

export const ATTACK = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
export const LEAK =
  '当事人张三，身份证号110101199003078515，联系电话13812345678，手机138-1234-5678。';
export const SECRETS = ['110101199003078515', '13812345678', '138-1234-5678'];

import {
  addDays,
  addMonths,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  yearOf,
} from '../calendar/iso-date';
import { chinaCalendar } from '../calendar/working-day-calendar';
import type { RecordsFeed } from '../feed/feed';
import type { AgencyProfile } from '../records/agency-profile';
import type { DecisionRecord, Party } from '../records/decision-record';
import { DecisionCategory, PartyKind } from '../records/enumerations';
import {
  fictitiousCompanyName,
  fictitiousCreditCode,
  fictitiousPersonName,
  fictitiousShopName,
  SAMPLE_COUNTY,
} from './fictitious';
import { type Random, seededRandom } from './random';
import { SCENARIOS, type Scenario } from './scenarios';

interface SampleAgency {
  readonly key: string;
  readonly short: string;
  readonly name: string;
  /** Prefix of its document numbers, e.g. 示市监. */
  readonly prefix: string;
  readonly hotline: string;
}

/** The county portal's agencies (fictitious county 示例县). */
export const SAMPLE_AGENCIES: readonly SampleAgency[] = [
  {
    key: 'scjg',
    short: '市场监管',
    name: `${SAMPLE_COUNTY}市场监督管理局`,
    prefix: '示市监',
    hotline: '12315',
  },
  {
    key: 'sthj',
    short: '生态环境',
    name: `${SAMPLE_COUNTY}生态环境局`,
    prefix: '示环',
    hotline: '12369',
  },
  {
    key: 'jtys',
    short: '交通运输',
    name: `${SAMPLE_COUNTY}交通运输局`,
    prefix: '示交',
    hotline: '12328',
  },
  {
    key: 'yjgl',
    short: '应急管理',
    name: `${SAMPLE_COUNTY}应急管理局`,
    prefix: '示应急',
    hotline: '12350',
  },
  {
    key: 'wsjk',
    short: '卫生健康',
    name: `${SAMPLE_COUNTY}卫生健康局`,
    prefix: '示卫',
    hotline: '12320',
  },
  {
    key: 'xf',
    short: '消防',
    name: `${SAMPLE_COUNTY}消防救援大队`,
    prefix: '示消',
    hotline: '96119',
  },
  {
    key: 'zrzy',
    short: '自然资源',
    name: `${SAMPLE_COUNTY}自然资源局`,
    prefix: '示自然资',
    hotline: '12336',
  },
];

/** Short Latin slugs for record ids. */
const CATEGORY_SLUG: Record<DecisionCategory, string> = {
  行政许可: 'xk',
  行政处罚: 'cf',
  行政强制: 'qz',
  行政征收: 'zs',
  行政检查: 'jc',
  行政收费: 'sf',
  其他: 'qt',
};

/** The character in a document number that says the kind of decision (示市监罚〔2025〕3号). */
const CATEGORY_WORD: Record<DecisionCategory, string> = {
  行政许可: '许',
  行政处罚: '罚',
  行政强制: '强',
  行政征收: '征',
  行政检查: '检',
  行政收费: '费',
  其他: '确',
};

/** Each agency's 统一社会信用代码, the same in its profile and on its records. */
function agencyCode(agency: SampleAgency): string {
  return fictitiousCreditCode(seededRandom(9000 + SAMPLE_AGENCIES.indexOf(agency)), '11');
}

function weighted(random: Random, scenarios: readonly Scenario[]): Scenario {
  const total = scenarios.reduce((sum, scenario) => sum + scenario.weight, 0);
  let roll = random.next() * total;
  for (const scenario of scenarios) {
    roll -= scenario.weight;
    if (roll < 0) return scenario;
  }
  return scenarios.at(-1)!;
}

function party(random: Random, scenario: Scenario): Party {
  const kind = random.pick(scenario.parties);
  if (kind === PartyKind.naturalPerson) {
    return { name: fictitiousPersonName(random), kind, minorAtDecision: false };
  }
  if (kind === PartyKind.individualBusiness) {
    return {
      name: fictitiousShopName(random, scenario.trade === '餐饮' ? '饭店' : `${scenario.trade}店`),
      kind,
      identifiers: { unifiedSocialCreditCode: fictitiousCreditCode(random, '92') },
      legalRepresentative: fictitiousPersonName(random),
    };
  }
  return {
    name: fictitiousCompanyName(random, scenario.trade),
    kind,
    identifiers: { unifiedSocialCreditCode: fictitiousCreditCode(random, '91') },
    legalRepresentative: fictitiousPersonName(random),
  };
}

export interface SampleOptions {
  readonly seed?: number;
  readonly count?: number;
  /** The day the sample pretends to be generated on; decisions run up to it. */
  readonly today?: IsoDate;
  /** The first decision date. */
  readonly from?: IsoDate;
}

/**
 * Decision records for a fictitious county portal: seven agencies, every category, some
 * corrected, withdrawn, expired or not yet published, no real person's data. The same
 * options always give the same records.
 */
export function generateSampleRecords({
  seed = 2018,
  count = 360,
  today = '2026-11-20',
  from = '2024-01-02',
}: SampleOptions = {}): DecisionRecord[] {
  const random = seededRandom(seed);
  const calendar = chinaCalendar();
  const first = toDayNumber(from);
  const last = toDayNumber(today) - 1;
  const sequence = new Map<string, number>();
  const drafts: { date: IsoDate; agency: SampleAgency; scenario: Scenario }[] = [];
  for (let i = 0; i < count; i++) {
    const agency = random.pick(SAMPLE_AGENCIES);
    const scenario = weighted(random, SCENARIOS[agency.short]!);
    let date = fromDayNumber(random.int(first, last));
    while (!calendar.isWorkingDay(date)) date = addDays(date, 1);
    drafts.push({ date, agency, scenario });
  }
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return drafts.map(({ date, agency, scenario }) => {
    const key = `${agency.key}-${scenario.category}-${yearOf(date)}`;
    const number = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, number);
    const word = CATEGORY_WORD[scenario.category];
    const id = `${agency.key}-${yearOf(date)}-${CATEGORY_SLUG[scenario.category]}-${number}`;
    const { content, amounts } = scenario.content(random);
    const late = random.chance(0.06);
    const published = calendar.addWorkingDays(
      date,
      late ? random.int(8, 14) : random.int(1, 6),
    ).date;
    const isPenalty = scenario.category === DecisionCategory.penalty;
    const publicityMonths = scenario.regulatedArea
      ? random.pick([12, 24, 36])
      : random.pick([6, 12, 36, 36]);
    const record: DecisionRecord = {
      id,
      category: scenario.category,
      documentNumber: `${agency.prefix}${word}〔${yearOf(date)}〕${number}号`,
      documentTitle: `${scenario.category === DecisionCategory.other ? '行政确认' : scenario.category}决定书`,
      party: party(random, scenario),
      agency: { name: agency.name, code: agencyCode(agency) },
      decisionKind: scenario.decisionKind,
      ...(scenario.violationType ? { violationType: scenario.violationType } : {}),
      ...(scenario.facts ? { facts: scenario.facts } : {}),
      basis: scenario.basis,
      content,
      ...(scenario.conclusion ? { conclusion: scenario.conclusion } : {}),
      ...(amounts ? { amounts } : {}),
      ...(scenario.certificate
        ? {
            licence: {
              certificateName: scenario.certificate,
              number: `${scenario.certificate === '食品经营许可证' ? 'JY' : 'SC'}${agency.key.toUpperCase()}${yearOf(date)}${String(number).padStart(5, '0')}`,
              status: '有效',
            },
          }
        : {}),
      ...(scenario.regulatedArea ? { regulatedArea: scenario.regulatedArea } : {}),
      decisionDate: date,
      ...(published <= today ? { publicationDate: published } : {}),
      ...(scenario.validYears
        ? { validFrom: date, validTo: addDays(addMonths(date, scenario.validYears * 12), -1) }
        : {}),
      ...(isPenalty ? { publicityEndDate: addMonths(date, publicityMonths) } : {}),
      ...(scenario.category === DecisionCategory.licence ||
      scenario.category === DecisionCategory.levy
        ? {
            fullText: `${agency.name}\n${scenario.category}决定书\n${agency.prefix}${word}〔${yearOf(date)}〕${number}号\n\n经审查，${content}。\n依据：${scenario.basis}。\n\n如不服本决定，可在收到本决定书之日起六十日内向${SAMPLE_COUNTY}人民政府申请行政复议，或者在六个月内向${SAMPLE_COUNTY}人民法院提起行政诉讼。\n\n${agency.name}\n${date}`,
            attachments: [
              {
                title: `${scenario.category}决定书（PDF）`,
                url: `files/${id}.pdf`,
                mediaType: 'application/pdf',
              },
            ],
          }
        : {}),
      ...(random.chance(0.3) ? { platformUrl: `https://tyzf.example.gov.cn/gs/${id}` } : {}),
    };
    return lifecycle(random, record, today);
  });
}

/** Corrections, revocations and withdrawals for a few published records. */
function lifecycle(random: Random, record: DecisionRecord, today: IsoDate): DecisionRecord {
  if (!record.publicationDate) return record;
  const calendar = chinaCalendar();
  let result = record;
  if (random.chance(0.06)) {
    const date = calendar.addWorkingDays(record.publicationDate, random.int(2, 20)).date;
    if (date <= today) {
      result = record.amounts?.fine
        ? {
            ...result,
            corrections: [
              {
                date,
                fields: ['content'],
                reason: '经核实，原公示的处罚内容录入有误，予以更正。',
                previous: { content: `${record.content}（原录入）` },
              },
            ],
          }
        : {
            ...result,
            corrections: [{ date, fields: ['documentNumber'], reason: '文号录入错误，予以更正。' }],
          };
    }
  }
  if (record.category === DecisionCategory.penalty && random.chance(0.05)) {
    const revoked = calendar.addWorkingDays(record.publicationDate, random.int(15, 60)).date;
    if (revoked <= today) {
      const withdrawn = calendar.addWorkingDays(revoked, random.int(1, 3)).date;
      result = {
        ...result,
        revocation: { date: revoked, kind: '撤销', reason: '行政复议机关决定撤销原处罚决定' },
        ...(withdrawn <= today
          ? {
              withdrawal: {
                date: withdrawn,
                reason: '该行政处罚决定已被行政复议机关撤销，依法撤下。',
              },
            }
          : {}),
      };
    }
  }
  return result;
}

/** 事前公开 for the sample agencies: duties, powers, officers, inspections, remedies. */
export function generateSampleAgencies(seed = 2018): AgencyProfile[] {
  const random = seededRandom(seed + 1);
  return SAMPLE_AGENCIES.map((agency, index): AgencyProfile => {
    const scenarios = SCENARIOS[agency.short]!;
    const licence = scenarios.find((scenario) => scenario.category === DecisionCategory.licence);
    const penaltyFlow = {
      name: '行政处罚一般程序',
      steps: [
        { name: '立案', actor: '承办科室', timeLimit: { value: 15, unit: '日' as const } },
        { name: '调查取证', actor: '执法人员（不少于两人）' },
        {
          name: '告知陈述申辩与听证权利',
          actor: '承办科室',
          timeLimit: { value: 5, unit: '日' as const, note: '当事人陈述申辩期限' },
        },
        {
          name: '法制审核',
          actor: '法制审核机构',
          timeLimit: { value: 7, unit: '工作日' as const },
        },
        { name: '作出决定', actor: '机关负责人或集体讨论' },
        { name: '送达', actor: '承办科室', timeLimit: { value: 7, unit: '日' as const } },
        { name: '公示', actor: '办公室', timeLimit: { value: 7, unit: '工作日' as const } },
      ],
    };
    return {
      name: agency.name,
      code: agencyCode(agency),
      bodyType: index === 5 ? '法律法规授权组织' : '法定行政机关',
      address: `${SAMPLE_COUNTY}政务中心${index + 2}楼`,
      duties: [
        `负责全县${agency.short}领域的行政执法工作`,
        `依法查处${agency.short}领域的违法行为`,
        '组织实施双随机、一公开监管',
      ],
      powers: scenarios.map((scenario, n) => ({
        name: scenario.violationType
          ? `对${scenario.violationType}的处罚`
          : `${scenario.decisionKind}（${scenario.category}）`,
        category: scenario.category,
        basis: scenario.basis,
        code: `${agency.key.toUpperCase()}-${String(n + 1).padStart(3, '0')}`,
      })),
      legalBasis: [
        ...[
          ...new Set(scenarios.map((scenario) => scenario.basis.split('》')[0]!.replace('《', ''))),
        ].map((title) => ({ title })),
        { title: `${agency.name}行政处罚裁量基准`, discretionStandard: true },
      ],
      officers: Array.from({ length: 4 }, (_, n) => ({
        name: fictitiousPersonName(random),
        certificateNumber: `${String(5199990000 + index * 100 + n)}`,
        enforcementCategory: agency.short,
        area: `${SAMPLE_COUNTY}全域`,
      })),
      randomInspections: [
        {
          item: `${agency.short}领域经营主体检查`,
          basis: scenarios[0]!.basis,
          body: agency.name,
          content: '经营资质、主体责任落实情况',
          method: '现场检查、书面检查',
          ratio: `${random.int(3, 10)}%`,
          frequency: '每年不少于1次',
        },
      ],
      procedures: [penaltyFlow],
      serviceGuides: licence
        ? [
            {
              itemName: `${licence.certificate}核发`,
              acceptingBody: `${SAMPLE_COUNTY}政务服务中心${agency.short}窗口`,
              approvingBody: agency.name,
              legalBasis: [licence.basis],
              conditions: ['有与经营项目相适应的场所', '有相应的管理制度和专业人员'],
              materials: [
                { name: '申请书', copies: 1 },
                { name: '营业执照复印件', copies: 1 },
                { name: '场所平面布局图', copies: 1 },
              ],
              flow: {
                name: '许可办理流程',
                steps: [
                  {
                    name: '申请与受理',
                    actor: '政务服务窗口',
                    timeLimit: { value: 1, unit: '工作日' },
                  },
                  {
                    name: '审查与核查',
                    actor: '承办科室',
                    timeLimit: { value: 5, unit: '工作日' },
                  },
                  {
                    name: '决定与发证',
                    actor: agency.name,
                    timeLimit: { value: 2, unit: '工作日' },
                  },
                ],
              },
              timeLimit: { value: 8, unit: '工作日', note: '法定时限20个工作日' },
              fees: '不收费',
              consultationPhone: '12345',
              complaintPhone: agency.hotline,
            },
          ]
        : [],
      supervision: [
        { kind: '投诉举报电话', value: agency.hotline, hours: '工作日 9:00-17:00' },
        { kind: '政务服务便民热线', value: '12345', hours: '全天' },
      ],
      remedies: [
        {
          kind: '行政复议',
          body: `${SAMPLE_COUNTY}人民政府`,
          deadline: '自知道该行政行为之日起六十日内',
        },
        {
          kind: '行政诉讼',
          body: `${SAMPLE_COUNTY}人民法院`,
          deadline: '自知道或者应当知道作出行政行为之日起六个月内',
        },
      ],
      updated: '2026-01-05',
    };
  });
}

/** The sample feed a fictitious county portal would serve (records and agency profiles). */
export function generateSampleFeed(options: SampleOptions = {}): RecordsFeed {
  return {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    generated: `${options.today ?? '2026-11-20'}T08:00:00Z`,
    title: `${SAMPLE_COUNTY}行政执法公示（示例数据）`,
    publisher: { name: `${SAMPLE_COUNTY}人民政府`, url: 'https://www.example.gov.cn/' },
    profile: 'luzhou-2018',
    agencies: generateSampleAgencies(options.seed),
    records: generateSampleRecords(options),
  };
}

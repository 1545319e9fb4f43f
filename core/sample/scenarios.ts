import type { Amounts } from '../records/decision-record';
import {
  DecisionCategory,
  MoneyUnit,
  PartyKind,
  type RegulatedArea,
} from '../records/enumerations';
import type { Random } from './random';

/** What one kind of decision looks like: the parts that vary by agency and case. */
export interface Scenario {
  readonly category: DecisionCategory;
  readonly weight: number;
  /** Party kinds this decision is made against, with the trade word for names. */
  readonly parties: readonly PartyKind[];
  readonly trade: string;
  readonly decisionKind: string;
  readonly violationType?: string;
  readonly facts?: string;
  readonly basis: string;
  readonly content: (random: Random) => { content: string; amounts?: Amounts };
  readonly conclusion?: string;
  readonly regulatedArea?: RegulatedArea;
  /** 许可证书名称 (licences). */
  readonly certificate?: string;
  readonly validYears?: number;
}

const fine = (random: Random, min: number, max: number, step: number) => {
  const yuan = random.int(min / step, max / step) * step;
  return {
    content: `罚款人民币${yuan}元`,
    amounts: { fine: { value: String(yuan / 10000), unit: MoneyUnit.wanYuan } },
  };
};

const P = DecisionCategory.penalty;
const { organisation: ORG, individualBusiness: SHOP, naturalPerson: PERSON } = PartyKind;

/** Decisions by agency short name. Facts and bases are typical wording, not real cases. */
export const SCENARIOS: Readonly<Record<string, readonly Scenario[]>> = {
  市场监管: [
    {
      category: P,
      weight: 5,
      parties: [ORG, SHOP],
      trade: '食品',
      decisionKind: '警告；罚款；没收违法所得',
      violationType: '经营超过保质期的食品',
      facts: '经查，当事人在经营场所销售超过保质期的预包装食品，货值金额较小，违法所得已没收。',
      basis: '《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款',
      content: (random) => {
        const base = fine(random, 5000, 50000, 500);
        const illegal = random.int(1, 90) * 10;
        return {
          content: `${base.content}，没收违法所得${illegal}元`,
          amounts: {
            ...base.amounts,
            confiscation: { value: String(illegal), unit: MoneyUnit.yuan },
          },
        };
      },
    },
    {
      category: P,
      weight: 2,
      parties: [ORG],
      trade: '电梯维保',
      decisionKind: '罚款',
      violationType: '使用未经定期检验的特种设备',
      facts: '经查，当事人使用的乘客电梯超过检验有效期未申报定期检验，继续投入使用。',
      basis: '《中华人民共和国特种设备安全法》第四十条、第八十四条第（一）项',
      content: (random) => fine(random, 30000, 100000, 1000),
      regulatedArea: '特种设备',
    },
    {
      category: P,
      weight: 2,
      parties: [ORG, SHOP],
      trade: '商贸',
      decisionKind: '罚款',
      violationType: '发布虚假广告',
      facts: '经查，当事人在店招及宣传单上使用“最低价”“第一品牌”等绝对化用语，且无法提供证明材料。',
      basis: '《中华人民共和国广告法》第九条第（三）项、第五十七条第（一）项',
      content: (random) => fine(random, 10000, 60000, 1000),
    },
    {
      category: DecisionCategory.licence,
      weight: 6,
      parties: [ORG, SHOP],
      trade: '餐饮',
      decisionKind: '普通',
      basis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》',
      content: () => ({
        content: '准予食品经营许可，经营项目：预包装食品销售（含冷藏冷冻食品），热食类食品制售',
      }),
      certificate: '食品经营许可证',
      validYears: 5,
    },
    {
      category: DecisionCategory.inspection,
      weight: 4,
      parties: [ORG, SHOP],
      trade: '超市',
      decisionKind: '双随机抽查',
      basis: '《市场监督管理行政处罚程序规定》；示例县2025年度双随机抽查计划',
      content: () => ({ content: '食品经营者落实食品安全主体责任情况（随机抽查）' }),
      conclusion: '未发现问题',
    },
  ],
  生态环境: [
    {
      category: P,
      weight: 4,
      parties: [ORG],
      trade: '化工',
      decisionKind: '罚款',
      violationType: '超过大气污染物排放标准排放',
      facts: '经监测，当事人锅炉废气中氮氧化物排放浓度超过国家规定的排放标准。',
      basis: '《中华人民共和国大气污染防治法》第十八条、第九十九条第（二）项',
      content: (random) => fine(random, 100000, 500000, 10000),
    },
    {
      category: DecisionCategory.coercion,
      weight: 2,
      parties: [ORG],
      trade: '建材',
      decisionKind: '查封',
      facts: '当事人通过逃避监管的方式排放水污染物，可能造成严重污染。',
      basis: '《中华人民共和国环境保护法》第二十五条；《环境保护主管部门实施查封、扣押办法》第四条',
      content: () => ({ content: '查封当事人用于违法排放污染物的设施、设备，期限三十日' }),
      conclusion: '当事人已完成整改，期满解除查封',
    },
    {
      category: DecisionCategory.inspection,
      weight: 3,
      parties: [ORG],
      trade: '食品',
      decisionKind: '现场检查',
      basis: '《中华人民共和国环境保护法》第二十四条',
      content: () => ({ content: '排污许可证执行情况及污染防治设施运行情况检查' }),
      conclusion: '污染防治设施正常运行，未发现环境违法行为',
    },
  ],
  交通运输: [
    {
      category: P,
      weight: 5,
      parties: [PERSON, PERSON, SHOP],
      trade: '货运',
      decisionKind: '罚款',
      violationType: '未取得道路运输经营许可擅自从事道路运输经营',
      facts: '经查，当事人驾驶小型客车，未取得道路运输经营许可，擅自从事道路旅客运输经营。',
      basis: '《中华人民共和国道路运输条例》第六十三条',
      content: (random) => fine(random, 10000, 30000, 1000),
    },
    {
      category: DecisionCategory.licence,
      weight: 3,
      parties: [ORG],
      trade: '运输',
      decisionKind: '普通',
      basis: '《中华人民共和国道路运输条例》第二十四条',
      content: () => ({ content: '准予从事道路普通货物运输经营' }),
      certificate: '道路运输经营许可证',
      validYears: 4,
    },
    {
      category: DecisionCategory.coercion,
      weight: 2,
      parties: [PERSON],
      trade: '运输',
      decisionKind: '暂扣',
      facts: '当事人无法当场提供车辆营运证，涉嫌未取得道路运输经营许可从事经营。',
      basis: '《中华人民共和国道路运输条例》第六十八条',
      content: () => ({ content: '暂扣涉案车辆，出具暂扣凭证，期限十五日' }),
      conclusion: '当事人接受处理后已返还车辆',
    },
    {
      category: DecisionCategory.fee,
      weight: 1,
      parties: [ORG],
      trade: '运输',
      decisionKind: '车辆通行费',
      basis: '《收费公路管理条例》；四川省发展改革委收费标准批复',
      content: (random) => {
        const yuan = random.int(20, 400) * 5;
        return {
          content: `收取车辆通行费${yuan}元`,
          amounts: { fee: { value: String(yuan), unit: MoneyUnit.yuan } },
        };
      },
    },
  ],
  应急管理: [
    {
      category: P,
      weight: 4,
      parties: [ORG],
      trade: '建材',
      decisionKind: '警告；罚款',
      violationType: '未按规定对从业人员进行安全生产教育和培训',
      facts: '经查，当事人未对新招录的从业人员进行安全生产教育和培训即安排上岗作业。',
      basis: '《中华人民共和国安全生产法》第二十八条、第九十七条第（三）项',
      content: (random) => fine(random, 20000, 100000, 5000),
      regulatedArea: '安全生产',
    },
    {
      category: DecisionCategory.inspection,
      weight: 4,
      parties: [ORG],
      trade: '化工',
      decisionKind: '执法检查',
      basis: '《中华人民共和国安全生产法》第六十五条',
      content: () => ({ content: '危险化学品企业安全生产执法检查' }),
      conclusion: '发现隐患3项，已责令限期整改',
    },
  ],
  卫生健康: [
    {
      category: P,
      weight: 3,
      parties: [SHOP, ORG],
      trade: '美容美发',
      decisionKind: '警告；罚款',
      violationType: '公共场所从业人员未取得有效健康合格证明',
      facts: '经查，当事人安排未取得有效健康合格证明的从业人员从事直接为顾客服务工作。',
      basis: '《公共场所卫生管理条例实施细则》第十条、第三十八条',
      content: (random) => fine(random, 500, 5000, 100),
    },
    {
      category: DecisionCategory.licence,
      weight: 3,
      parties: [SHOP, ORG],
      trade: '宾馆',
      decisionKind: '普通',
      basis: '《公共场所卫生管理条例》第八条',
      content: () => ({ content: '准予公共场所卫生许可，项目：住宿' }),
      certificate: '公共场所卫生许可证',
      validYears: 4,
    },
    {
      category: DecisionCategory.other,
      weight: 1,
      parties: [ORG],
      trade: '医药',
      decisionKind: '行政确认',
      basis: '《医疗机构管理条例》',
      content: () => ({ content: '医疗机构执业登记变更确认' }),
      conclusion: '予以确认',
    },
  ],
  消防: [
    {
      category: P,
      weight: 4,
      parties: [ORG, SHOP],
      trade: '商贸',
      decisionKind: '罚款',
      violationType: '占用、堵塞、封闭疏散通道、安全出口',
      facts: '经查，当事人经营场所安全出口被货物堵塞，疏散通道不畅。',
      basis: '《中华人民共和国消防法》第二十八条、第六十条第一款第（三）项',
      content: (random) => fine(random, 5000, 50000, 1000),
      regulatedArea: '消防安全',
    },
    {
      category: DecisionCategory.inspection,
      weight: 3,
      parties: [ORG, SHOP],
      trade: '餐饮',
      decisionKind: '消防监督检查',
      basis: '《消防监督检查规定》第六条',
      content: () => ({ content: '公众聚集场所投入使用、营业前消防安全检查' }),
      conclusion: '符合消防安全要求',
    },
  ],
  自然资源: [
    {
      category: DecisionCategory.levy,
      weight: 3,
      parties: [ORG],
      trade: '置业',
      decisionKind: '土地出让价款',
      basis: '《中华人民共和国土地管理法》第五十五条',
      content: (random) => {
        const wan = random.int(80, 2400) / 4;
        return {
          content: `征收国有土地使用权出让价款${wan}万元`,
          amounts: { levy: { value: String(wan), unit: MoneyUnit.wanYuan } },
        };
      },
    },
    {
      category: DecisionCategory.fee,
      weight: 2,
      parties: [ORG, PERSON],
      trade: '置业',
      decisionKind: '不动产登记费',
      basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》',
      content: (random) => {
        const yuan = random.pick([80, 550]);
        return {
          content: `收取不动产登记费${yuan}元`,
          amounts: { fee: { value: String(yuan), unit: MoneyUnit.yuan } },
        };
      },
    },
    {
      category: P,
      weight: 1,
      parties: [PERSON, ORG],
      trade: '建材',
      decisionKind: '罚款；没收',
      violationType: '非法占用土地',
      facts: '经查，当事人未经批准擅自占用集体土地建设建筑物。',
      basis: '《中华人民共和国土地管理法》第七十七条',
      content: (random) => fine(random, 5000, 80000, 1000),
    },
  ],
};

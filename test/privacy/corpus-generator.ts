/**
 * Writes the generated part of the privacy corpus (test/fixtures/privacy-corpus/generated/):
 * realistic 处罚决定书, 检查结果 and 强制 notices about fictitious people and companies, in
 * plain text and HTML, with every trap the engine must handle, and the expected findings.
 * Seeded, so the same files come out every time. Also used by the benchmarks to build
 * several megabytes of decisions in one string.
 *
 * Run: npx tsx test/privacy/corpus-generator.ts
 */
import { unifiedSocialCreditCodeCheckCharacter } from '../../core/identifiers/unified-social-credit-code';
import { residentIdCheckCharacter } from '../../core/privacy/resident-id';

export interface GeneratedDocument {
  readonly name: string;
  readonly text: string;
  readonly html: boolean;
  readonly personal: readonly (readonly [string, string])[];
  readonly public: readonly string[];
}

/** Mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '张王李赵陈刘杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '建国',
  '小芳',
  '志强',
  '丽',
  '明',
  '华',
  '晓明',
  '大成',
  '美玲',
  '斌',
  '秀英',
  '桂兰',
  '文',
  '军',
  '杰',
  '敏',
  '静',
  '勇',
  '艳',
  '磊',
  '涛',
  '超',
  '霞',
  '平',
  '刚',
  '玉兰',
  '海燕',
  '春梅',
  '德明',
  '国强',
  '红梅',
  '子豪',
  '雨桐',
  '浩然',
  '思远',
];
const DISTRICTS = ['江阳区', '龙马潭区', '纳溪区', '泸县', '合江县', '叙永县', '古蔺县'];
const STREETS = [
  '大山坪街道',
  '北城街道',
  '南城街道',
  '蓝田街道',
  '安宁街道',
  '福集镇',
  '合江镇',
  '永宁街道',
];
const ROADS = [
  '康城路',
  '酒城大道一段',
  '江阳西路',
  '迎晖路',
  '长江路',
  '少岷路',
  '龙华路',
  '云溪路',
  '红星路',
];
const AGENCIES = [
  ['市场监督管理局', '市监罚'],
  ['综合行政执法局', '综执罚'],
  ['卫生健康局', '卫健罚'],
  ['应急管理局', '应急罚'],
  ['生态环境局', '环罚'],
] as const;
const GOODS = ['散装白酒', '预包装食品', '化妆品', '烟花爆竹', '医疗器械', '电动自行车'] as const;
/** Per kind of goods: [law, article breached, article applied] for the 处罚依据 paragraph. */
const LAWS: Record<(typeof GOODS)[number], readonly [string, string, string]> = {
  散装白酒: [
    '中华人民共和国食品安全法',
    '第三十四条第（十三）项',
    '第一百二十四条第一款第（四）项',
  ],
  预包装食品: [
    '中华人民共和国食品安全法',
    '第三十四条第（十三）项',
    '第一百二十四条第一款第（四）项',
  ],
  化妆品: ['化妆品监督管理条例', '第六十八条', '第六十条第（一）项'],
  烟花爆竹: ['中华人民共和国产品质量法', '第三十九条', '第五十条'],
  医疗器械: ['医疗器械监督管理条例', '第五十五条', '第八十六条第（三）项'],
  电动自行车: ['中华人民共和国产品质量法', '第三十九条', '第五十条'],
};
const CASE_SOURCES = ['群众举报', '12315平台转办', '日常监督检查', '上级机关交办', '监督抽检'];
const INSPECTORS = [
  '四川省产品质量监督检验检测院',
  '泸州市食品药品检验检测中心',
  '泸州市产品质量监督检验所',
];
const STATEMENTS = [
  '在法定期限内未提出陈述、申辩意见，也未要求听证',
  '提出了书面陈述意见，经复核，其陈述的理由不能成立，本局不予采纳',
  '当场表示放弃陈述、申辩的权利',
];
const MITIGATIONS = [
  '积极配合调查，主动停止销售并召回已售出的产品',
  '系初次违法且危害后果轻微，并及时改正',
  '如实陈述违法事实并主动提供证据材料',
];
const CHINESE_DIGITS = '〇一二三四五六七八九';
const chineseCount = (n: number) =>
  n < 10
    ? CHINESE_DIGITS[n]!
    : `${n >= 20 ? CHINESE_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
const ZWSP = '\u200b';

/**
 * `prose`: write the parts of a decision between the party and the decision itself that
 * 行政处罚法 第五十九条 requires (facts and evidence, the reasons and legal basis, the party's
 * statement): the bulk of a real 处罚决定书, and almost all of it public text. Off for the
 * corpus fixtures (their files stay as they were written); on for benchmark text.
 */
export function createGenerator(seed: number, { prose = false }: { prose?: boolean } = {}) {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[] | string): T => items[int(0, items.length - 1)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => String(int(0, 9))).join('');
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const fullWidth = (text: string) =>
    text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

  const name = () => pick<string>(SURNAMES) + pick(GIVEN);
  const residentId = () => {
    const first = `5105${pick(['02', '03', '04', '21', '22', '24', '25'])}${int(1950, 2000)}${pad(int(1, 12))}${pad(int(1, 28))}${digits(3)}`;
    return first + residentIdCheckCharacter(first);
  };
  const mobile = () => `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
  const luhnComplete = (body: string) => {
    for (let c = 0; c < 10; c++) {
      const candidate = body + c;
      let sum = 0;
      for (let i = candidate.length - 1, double = false; i >= 0; i--, double = !double) {
        let d = candidate.charCodeAt(i) - 48;
        if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      if (sum % 10 === 0) return candidate;
    }
    return body;
  };
  const bankCard = () => luhnComplete(`62${pick(['17', '28', '22', '36'])}${digits(14)}`);
  const creditCode = () => {
    const first = `915105${pick(['02', '03', '04'])}MA6${pick('ABCDEFGHJKLMNPQRTUWXY')}${digits(3)}${pick('ABCDEFGHJKLMNPQRTUWXY')}${digits(1)}`;
    return first + unifiedSocialCreditCodeCheckCharacter(first)!;
  };
  const address = () =>
    `泸州市${pick(DISTRICTS)}${pick(STREETS)}${pick(ROADS)}${int(1, 300)}号${next() < 0.6 ? `${int(1, 30)}栋${int(1, 6)}单元${int(1, 30)}0${int(1, 4)}室` : ''}`;
  const countyOf = (addr: string) => addr.slice(0, addr.search(/[区县]/) + 1);

  /** A number written the way clerks write it: spaces, dashes, full-width, zero-width. */
  const messyMobile = (number: string) =>
    pick([
      number,
      `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`,
      `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`,
      `+86 ${number}`,
      `0086-${number}`,
      fullWidth(number),
      `${number.slice(0, 3)}${ZWSP}${number.slice(3, 7)}${ZWSP}${number.slice(7)}`,
      `${number.slice(0, 3)}\u00a0${number.slice(3, 7)}\u00a0${number.slice(7)}`,
    ]);
  const messyId = (id: string) =>
    pick([
      id,
      id.toLowerCase(),
      `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
      fullWidth(id),
      `${id.slice(0, 10)}${ZWSP}${id.slice(10)}`,
    ]);

  function decision(index: number, html: boolean): GeneratedDocument {
    const personal: [string, string][] = [];
    const publicItems: string[] = [];
    const [agency, short] = pick(AGENCIES);
    const district = pick(DISTRICTS);
    const year = int(2019, 2025);
    const docNumber = `泸${district[0]}${short}〔${year}〕${int(1, 300)}号`;
    const officers = [`51050${digits(6)}`, `51050${digits(6)}`];
    const hotline = `0830-${int(2, 8)}${digits(6)}`;
    const fineAccount = next() < 0.5 ? luhnComplete(`22010245${digits(10)}`) : `5105${digits(16)}`;
    const fine = int(1, 200) * 500;
    const date = `${year}年${int(1, 12)}月${int(1, 28)}日`;
    publicItems.push(
      docNumber,
      ...officers,
      hotline,
      fineAccount,
      `人民币${fine}元`,
      date,
      '12345',
    );
    const lines: string[] = [`泸州市${district}${agency}`, '行政处罚决定书', docNumber, ''];
    const kind = int(0, 2);
    if (kind === 0) {
      // A natural person.
      const party = name();
      const id = residentId();
      const phone = mobile();
      const home = address();
      const idText = messyId(id);
      const phoneText = messyMobile(phone);
      lines.push(
        `当事人：${party}，${pick(['男', '女'])}，${pick(['汉族', '彝族', '苗族'])}，${pick(['身份证号码', '公民身份号码', '身份證號碼'])}：${idText}，${pick(['住址', '家庭住址', '住址'])}：${home}，${pick(['联系电话', '手机', '聯繫電話'])}：${phoneText}。`,
      );
      personal.push(['resident-id', idText], ['address', home], ['mobile', phoneText]);
      publicItems.push(party, countyOf(home));
      if (next() < 0.6) {
        const agent = name();
        const agentPhone = messyMobile(mobile());
        lines.push(
          `委托代理人：${agent}，系当事人${pick(['之子', '之女', '之妻', '之兄'])}，联系电话：${agentPhone}。`,
        );
        personal.push(['name', agent], ['mobile', agentPhone]);
      }
      if (next() < 0.4) {
        const card = bankCard();
        lines.push(`当事人通过其个人银行卡${card}收取货款。`);
        personal.push(['bank-card', card]);
      }
    } else {
      // A company: its 住所, credit code, 注册号 and legal representative are public.
      const company = `泸州${pick(['某某', '某达', '某兴', '某源'])}${pick(['商贸', '酒业', '化工', '医药', '建材'])}有限公司`;
      const code = creditCode();
      const premises = address().replace(/\d+栋.*$/, '');
      const legal = name();
      const registration = `5105${pick(['02', '03', '04'])}${pad(int(60, 99))}${pad(int(1, 12))}${pad(int(1, 28))}${digits(3)}`;
      lines.push(
        `当事人：${company}`,
        `统一社会信用代码：${code}`,
        `住所：${premises}`,
        `法定代表人：${legal}`,
        `工商注册号：${registration}`,
      );
      publicItems.push(company, code, premises, legal, registration);
      if (kind === 2) {
        const contact = name();
        const contactPhone = messyMobile(mobile());
        const contactHome = address();
        lines.push(`联系人：${contact}，手机：${contactPhone}，家庭住址：${contactHome}。`);
        personal.push(['name', contact], ['mobile', contactPhone], ['address', contactHome]);
      }
      if (next() < 0.5) {
        const account = `5105 ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}`;
        lines.push(`当事人开户银行：中国建设银行泸州分行，银行账户：${account}。`);
        personal.push(['bank-card', account]);
      }
    }
    const goods = pick(GOODS);
    const witness = next() < 0.3 ? name() : undefined;
    lines.push(
      '',
      `${date}，本局执法人员（执法证号：${officers[0]}、${officers[1]}）对当事人进行检查，发现当事人销售的${goods}不符合国家标准。经查，货值金额人民币${int(1000, 90000)}元。${witness ? `证人：${witness}。` : ''}`,
    );
    if (witness) personal.push(['name', witness]);
    if (next() < 0.3) {
      const plate = `川${pick('ABCDEFGHJKLMNPQRTUVWXY')}${pick(['·', ''])}${pick(['', 'D', 'F'])}${digits(5)}`;
      lines.push(`当事人使用车牌号为${plate}的车辆运输上述${goods}。`);
      // Only a natural person's plate is personal data (法释〔2016〕19号); a company's vehicle is not.
      if (kind === 0) personal.push(['plate', plate]);
      else publicItems.push(plate);
    }
    if (prose) {
      const [law, breached, applied] = LAWS[goods];
      const bought = int(20, 800);
      const price = int(5, 300);
      const sold = int(1, bought);
      const salePrice = price + int(1, 50);
      const month = int(1, 12);
      lines.push(
        '一、案件来源',
        `本局于${date}通过${pick(CASE_SOURCES)}发现当事人涉嫌销售不合格${goods}，经本局负责人批准，于当日立案调查。`,
        '二、违法事实和证据',
        `经查，当事人于${year}年${month}月从供货商处购进${goods}${bought}件，进货单价人民币${price}元，批号${year}${pad(month)}${pad(int(1, 28))}，进货时未查验供货者的许可证和产品合格证明文件。截至案发，当事人已售出${sold}件，销售单价人民币${salePrice}元，货值金额人民币${bought * salePrice}元，违法所得人民币${sold * (salePrice - price)}元。经${pick(INSPECTORS)}检验（检验报告编号：SP${year}${digits(6)}），所检项目不符合相关标准的要求，检验结论为不合格。`,
        `上述事实，有以下证据证明：1.现场检查笔录一份、现场照片${chineseCount(int(2, 12))}张；2.当事人营业执照复印件一份；3.询问调查笔录${chineseCount(int(1, 4))}份；4.进货单据、销售记录复印件${chineseCount(int(2, 20))}页；5.检验报告一份及送达回证；6.当事人签字确认的其他材料。`,
        '三、处罚依据和理由',
        `本局认为，当事人的上述行为违反了《${law}》${breached}的规定，构成销售不合格${goods}的违法行为。依据《${law}》${applied}的规定，应予行政处罚。`,
        `本局于${year}年${int(1, 12)}月${int(1, 28)}日向当事人送达了《行政处罚告知书》（泸${district[0]}${short.replace('罚', '告')}〔${year}〕${int(1, 300)}号），告知当事人拟作出行政处罚的事实、理由、依据以及依法享有的陈述、申辩和要求听证的权利。当事人${pick(STATEMENTS)}。`,
        `鉴于当事人${pick(MITIGATIONS)}，依据《四川省市场监督管理行政处罚裁量权适用规则》的规定，本局决定对当事人${pick(['从轻', '依法'])}处罚。`,
        '四、处罚决定',
      );
    }
    lines.push(
      `依据有关法律法规，本局决定：罚款人民币${fine}元。`,
      `罚款于收到本决定书之日起十五日内缴至泸州市财政局非税收入专户，开户银行：中国农业银行泸州分行，账号：${fineAccount}。`,
      `如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议。`,
      `监督电话：${hotline}，投诉举报电话：12345。`,
      `泸州市${district}${agency}`,
      date,
    );
    if (!html)
      return {
        name: `decision-${pad(index, 3)}.txt`,
        text: `${lines.join('\n')}\n`,
        html,
        personal,
        public: publicItems,
      };
    const escapeHtml = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // HTML: numbers split across inline markup, NBSP written as an entity.
    let body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
    body = body.replace(/(\d{4})(\d{6,})/g, (match, head: string, tail: string) =>
      next() < 0.5 && !publicItems.some((item) => item.includes(match))
        ? `${head}<span class="n">${tail}</span>`
        : match,
    );
    body = body.replace(/\u00a0/g, '&nbsp;');
    const text = `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(lines[2]!)}</title><style>p{margin:0 0 1em}</style></head>\n<body>\n${body}\n</body></html>\n`;
    return { name: `decision-${pad(index, 3)}.html`, text, html, personal, public: publicItems };
  }

  return { decision };
}

/** `count` generated documents (every fourth in HTML). */
export function generateCorpus(count: number, seed = 20241128): GeneratedDocument[] {
  const generator = createGenerator(seed);
  return Array.from({ length: count }, (_, index) => generator.decision(index, index % 4 === 3));
}

/**
 * Plain-text decisions joined into one string of at least `minChars` characters. `prose`
 * (default): whole decisions, facts, evidence and reasons included; without it only the
 * party block, a one-line fact and the decision: about three times the personal data per
 * character (a stress case).
 */
export function generateDecisionsText(minChars: number, seed = 7, prose = true): string {
  const generator = createGenerator(seed, { prose });
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < minChars; index++) {
    const { text } = generator.decision(index, false);
    parts.push(text);
    length += text.length;
  }
  return parts.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const out = join(import.meta.dirname, '..', 'fixtures', 'privacy-corpus', 'generated');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const document of generateCorpus(120)) {
    writeFileSync(join(out, document.name), document.text);
    const expected = { personal: document.personal, public: document.public };
    writeFileSync(
      join(out, document.name.replace(/\.(txt|html)$/, '.expected.json')),
      `${JSON.stringify(expected, null, 2)}\n`,
    );
  }
  console.log(`Wrote 120 documents to ${out}`);
}

import { describe, expect, it } from 'vitest';
import { scanAndRedactHtml } from '../html';
import { redactText } from '../redact';
import { scanText } from '../scan';
import { documentDate, readDocument } from './document-reading';
import { simplifiedName } from './name-variants';
import { HolderKind } from './party-blocks';
import { Role } from './roles';

function holders(text: string) {
  return readDocument(text).holders.map((holder) => [holder.role, holder.kind, holder.name?.text]);
}

function whoseAt(text: string, word: string) {
  return readDocument(text).holderAt(text.indexOf(word))?.kind;
}

describe('party blocks', () => {
  it.each<[string, string, (string | undefined)[][]]>([
    [
      'a natural person, label：value lines',
      '当事人：罗建军\n性别：男\n身份证号码：510502198804123513\n住址：泸州市江阳区康城路88号',
      [[Role.party, HolderKind.person, '罗建军']],
    ],
    [
      'a run-on sentence',
      '当事人陈建国，男，1978年6月12日出生，汉族，住泸州市江阳区康城路12号。',
      [[Role.party, HolderKind.person, '陈建国']],
    ],
    [
      'a company with its legal representative',
      '当事人：泸州某某化工有限公司\n统一社会信用代码：91510504MA62B7CD9W\n住所：泸州市龙马潭区石化路88号\n法定代表人：周大成',
      [
        [Role.party, HolderKind.organisation, '泸州某某化工有限公司'],
        [Role.representative, HolderKind.person, '周大成'],
      ],
    ],
    [
      'an agent in the company’s block, and the agency’s lines',
      '当事人：泸州某某商贸有限公司\n委托代理人：吴晓明，该公司安全员\n\n经查，…\n执法人员：王明（执法证号：51050012345）\n联系人：李华　联系电话：0830-3196001',
      [
        [Role.party, HolderKind.organisation, '泸州某某商贸有限公司'],
        [Role.third, HolderKind.person, '吴晓明'],
        [Role.officer, HolderKind.agency, '王明'],
        [Role.officer, HolderKind.agency, '李华'],
      ],
    ],
    [
      'a notice’s addressee with its block in brackets',
      '岳麓区湘味源餐馆（统一社会信用代码：92430104MA4R9K7H1C，经营者：龚丽萍，送达地址：长沙市岳麓区茶子山东路112号6栋1703）：',
      [
        [Role.party, HolderKind.organisation, '岳麓区湘味源餐馆'],
        [Role.representative, HolderKind.person, '龚丽萍'],
      ],
    ],
    [
      'spaces inside the labels of a form',
      '当 事 人：陈浩然\n性    别：男\n年    龄：17岁',
      [[Role.party, HolderKind.person, '陈浩然']],
    ],
    [
      'prose after a party word opens nothing',
      '当事人未经批准擅自占用土地。\n当事人的行为违反了规定。',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it.each<[string, string, string, HolderKind | undefined]>([
    [
      'a person’s 地址',
      '当事人：张三\n身份证号：510502198503150016\n地址：泸州市江阳区康城路12号',
      '泸州市',
      HolderKind.person,
    ],
    [
      'a company’s 住所',
      '当事人：泸州某某酒业有限公司\n统一社会信用代码：91510502MA62A0B31L\n住所：泸州市江阳区酒城大道8号',
      '泸州市',
      HolderKind.organisation,
    ],
    [
      'an individual business’s 住所 is its operator’s',
      '当事人：泸县老味道火锅店（个体工商户）\n统一社会信用代码：92510521MA6DJ4WP8E\n经营者：陶红霞\n身份证号码：510504198306115281\n经营场所：泸县玉蟾大道208号\n住所：泸县滨河路17号6栋201号',
      '泸县滨河',
      HolderKind.person,
    ],
    [
      'the agency’s address',
      '经查，…\n本局地址：泸州市江阳区龙透关路16号',
      '泸州市',
      HolderKind.agency,
    ],
    [
      'prose is nobody’s block',
      '当事人：张三\n\n2024年3月5日，本局在泸州市江阳区检查。',
      '本局',
      undefined,
    ],
  ])('whose: %s', (_name, text, word, kind) => {
    expect(whoseAt(text, word)).toBe(kind);
  });
});

describe('names', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'witnesses and relatives, with or without a colon, are third persons',
      '违法行为人：罗建军\n\n受害人曾德明的陈述，证人付小琴、谭永福的证言。已通知其妻子林燕。',
      ['付小琴', '曾德明', '林燕', '谭永福'],
      ['罗建军'],
    ],
    [
      'officers (by role word or credential) and lawyers are public',
      '当事人：张三\n\n委托代理人：周明，四川某某律师事务所律师。办案民警：赵明远（警号051327）、谢斌（警号051488）。',
      [],
      ['张三', '周明', '赵明远', '谢斌'],
    ],
    [
      'a tourist, and the next clause’s buyer saying the same of another amount',
      '当事人：唐永林\n\n旅游者孙建平以12800元购买手镯一只，高玉珍以3600元购买挂件一件。',
      ['孙建平', '高玉珍'],
      ['唐永林'],
    ],
    [
      'children and youths named by what they are (少年, 幼儿), not a place named so (少年宫)',
      '当事人：岳子豪\n\n当事人与同村少年何一鸣、苟浩在河边玩耍，车内幼儿王若曦受伤。在少年宫路开设，工人文化宫开会，儿童乐园门口，女孩时装店。其投保的中国人寿财产保险股份有限公司提出异议。',
      ['何一鸣', '王若曦', '苟浩'],
      ['岳子豪'],
    ],
    [
      'two agents after one label, a comma between: the son is a third person, the lawyer public',
      '当事人：何远华\n委托代理人：何俊（系当事人之子），苟建明（四川米仓律师事务所律师）\n\n何俊陈述。',
      ['何俊'],
      ['何远华', '苟建明'],
    ],
    [
      'whoever has a husband or a father named after them, not a pronoun or a quantity',
      '当事人：陈光荣\n\n被刑事拘留的刘正伟，其父刘德顺找到当事人。韩玉珍的丈夫曾德林到场。由你的妻子林慧敏签收。查获白酒85公斤，其妻吴桂芝在场。',
      ['刘德顺', '刘正伟', '吴桂芝', '曾德林', '林慧敏', '韩玉珍'],
      ['陈光荣'],
    ],
    [
      'whom a party paid, out of whose hands, whose home lies where (not 凌晨在其位于…的家中)',
      '当事人：罗德兵\n\n当晚系替胡德军顶班。当事人并由周开华介绍客户，考生亦系经钟伟介绍购买服务。途中与龙国强驾驶的小型轿车发生碰撞。肇事方曹明亮对鉴定意见提出异议。当事人已自愿向陶秀兰赔偿人民币3000元，向该公司赔偿损失。该简易棚系2024年4月从杨开贵手中转来。其中包括林娟位于泸县玉蟾街道九曲河路99号3栋1单元602室的住宅。其母于10月18日凌晨在其位于石牛村四组的家中去世。',
      ['周开华', '曹明亮', '林娟', '杨开贵', '胡德军', '钟伟', '陶秀兰', '龙国强'],
      ['罗德兵'],
    ],
    [
      'a bracket saying whose relative, or an age, anywhere in it (之侄女，现年20岁)',
      '当事人：仁和诊所\n经营者：邓玉华\n\n未取得护士执业资格的邓小琳（经营者邓玉华之侄女，现年20岁）在诊所从事护理工作。',
      ['邓小琳'],
      ['邓玉华'],
    ],
    [
      'whose testimony or written statement, whose complaint in Traditional (not 但提交书面陈述)',
      '当事人：宋光华\n\n证据：马小军的证人证言；李华的书面陈述。本局收到羅志勇的投訴信。当事人未到场，但提交书面陈述。',
      ['李华', '罗志勇', '马小军'],
      ['宋光华'],
    ],
    [
      'an agent who is a tax agent, not a lawyer, is a third person (税务师舒雅; 律师方正义 public)',
      '当事人：文世平\n\n你委托四川蓝天税务师事务所有限公司税务师舒雅、四川蔺州律师事务所律师方正义作为代理人出席听证。泸州正信会计师事务所出具报告。',
      ['舒雅'],
      ['文世平'],
    ],
    [
      'a document’s title after 文书名称 names no one (文书 is a village clerk elsewhere)',
      '当事人：文世平\n文书名称及文号：税务行政处罚决定书（叙税简罚〔2024〕301号）\n村文书李德明到场见证。国家税务总局叙永县税务局',
      ['李德明'],
      ['文世平'],
    ],
    [
      'the contact people a landline reaches, where the public is sent to collect, are the agency’s',
      '当事人：甘志红\n\n当事人可在公告期内到古蔺县农业农村局综合行政执法大队领取行政处罚决定书。联系人：杨勇、李佳欣，联系电话：0830-7202863。证人联系人：何小芳，联系电话：13981671205。',
      ['何小芳'],
      ['杨勇', '李佳欣'],
    ],
    [
      'a trade’s word before its work or its team names no one (木工劳务, 木工班组交由…)',
      '当事人：泸州恒达劳务有限公司\n\n该公司承接项目木工劳务，将木工班组交由班组长陈俊峰管理。',
      ['陈俊峰'],
      ['泸州恒达劳务有限公司'],
    ],
    [
      'an applicant in another party’s decision is a third person (申请人邓国庆就其父…)',
      '当事人：马丽君\n\n2023年6月，该处受理申请人邓国庆就其父名下房屋申请办理继承权公证，致使邓国庆将房屋过户。',
      ['邓国庆'],
      ['马丽君'],
    ],
    [
      'a name then 就此, 向本局: the person turned to the agency, the name ends there',
      '当事人：马丽君\n\n2023年6月，申请人邓国庆就此投诉至本局，投诉人周敏向本局反映了情况。',
      ['邓国庆', '周敏'],
      ['马丽君'],
    ],
    [
      'two characters after a role word that are a word (工人施工, 项目) are no name; a name that is a word too is one where a person’s word follows (保安雷鸣向本局)',
      '当事人：四川恒达建设工程有限公司\n\n该公司组织工人施工。监理员甘露在巡查中发现，保安雷鸣向本局举报，员工周敏，工人项目（二期）。',
      ['甘露', '雷鸣', '周敏'],
      ['四川恒达建设工程有限公司'],
    ],
    [
      'where a name surely starts and nothing else says where it ends, the next word of the language does (赵丽上前, 靳婷授课)',
      '违法行为人：张建华，男。\n\n现查明：证人王晓燕、赵丽上前劝阻未果。张建华与邻居靳婷授课时发生争执。',
      ['王晓燕', '赵丽', '靳婷'],
      ['张建华'],
    ],
    [
      'a name ends before where the person lives (付强暂住在…)',
      '当事人：泸州市江阳区顺达建材有限公司\n\n当事人的员工付强暂住在其女儿家。',
      ['付强'],
      ['泸州市江阳区顺达建材有限公司'],
    ],
    [
      'whose machine was requisitioned (被征用人) is the party of the requisition, named in public',
      '应急征用通知书\n\n被征用人：程水根，男，身份证号码：430623196702143618\n\n根据《中华人民共和国防洪法》第四十五条，现征用你的挖掘机一台，操作手为其子程小军。',
      ['程小军'],
      ['程水根'],
    ],
    [
      'a Uyghur’s dotted name is read whole, ends where the sentence goes on, and its given name goes where it goes',
      '申请人：艾合买提·吐尔逊，男，身份证号码：653121197002150031\n\n征用期间，该车由申请人之子买买提江·艾合买提驾驶。镇政府向买买提江发放误工补助。村委会主任阿不力米提·肉孜出具证明。',
      ['买买提江·艾合买提', '买买提江', '阿不力米提·肉孜'],
      ['艾合买提·吐尔逊'],
    ],
    [
      'a court enforcing a decision: its 执行员 and the contact the party is sent to (可向本院执行局提出（联系人：…）) are public',
      '被执行人：闫振东，男，1973年4月12日出生\n\n被执行人如有异议，可向本院执行局提出（联系人：郭志远，联系电话：\n0372-8128325）。被执行人的妻子秦玉英曾到本院询问。\n执行法官：张红旗    执行员：韩冬、杜鹏飞',
      ['秦玉英'],
      ['闫振东', '郭志远', '张红旗', '韩冬', '杜鹏飞'],
    ],
    [
      'who rents or runs a place after 由 is a person; a side of a village (东关村南地) is no one',
      '被执行人：闫振东，男，1973年4月12日出生\n\n限被执行人自行拆除位于滑县道口镇东关村南地（南环路北侧）的彩钢板厂房。该厂房现由李春生租用作木材加工场所，该店由周强经营。',
      ['李春生', '周强'],
      ['闫振东'],
    ],
    [
      'the other side of a quarrel may be several people or named by a relative; the contact after 请与…大队联系 is the agency’s',
      '违法行为人：潘秀群，女，1979年9月30日出生\n\n潘秀群与谢卫华之妻覃美英相互辱骂，与梁秋菊、梁建军母子发生推搡，与吴德胜、吴小兰争吵。如有异议，请与罗城县公安局法制大队联系。联系人：韦晓明，联系电话：0778-8212306。',
      ['谢卫华', '覃美英', '梁秋菊', '梁建军', '吴德胜', '吴小兰'],
      ['潘秀群', '韦晓明'],
    ],
    [
      'no one in 确保安全行驶 (保安), 磻溪村路段时 (a word after the village), 从严查处 (a word before 处)',
      '违法行为人：段志华，男，1992年10月出生\n\n段志华驾驶机动车行驶至银桥镇磻溪村路段时，未确保安全行驶且发生事故。公安机关将依法从严查处。',
      [],
      ['段志华'],
    ],
    [
      'a 通报 with no party block: whom the agency penalised is its party, the taxi driver who called the police is not',
      '关于交通肇事逃逸事故调查处理情况的通报\n\n当日，段志华（男，1992年10月出生）驾驶车辆将行人撞倒后逃逸。途经此处的出租车驾驶人赵文杰发现后报警。大队于2025年3月18日对段志华作出罚款人民币贰仟元的处罚。',
      ['赵文杰'],
      ['段志华'],
    ],
    [
      'a household’s members listed after a count across a PDF’s line break, and after 家庭成员',
      '罗正福：\n    你（彝族，1964年3月22日出生）户于2022年纳入低保，保障人口4人（罗正福、毕绍芬、\n罗建勇、罗金花），现按月领取。你户家庭成员罗建勇自2023年4月起经营烧烤店。',
      ['毕绍芬', '罗建勇', '罗金花'],
      ['罗正福'],
    ],
    [
      'a listing of households (Traditional 戶主姓名 cells): every head is a party, named in public; their relatives are not',
      '雷州市民政局關於2025年第二季度最低生活保障退出情況的公示\n序號⁣戶主姓名⁣退出原因\n序號：1⁣戶主姓名：陳國華⁣退出原因：戶主之子陳俊傑在深圳務工\n序號：2⁣戶主姓名：吳亞妹⁣退出原因：戶主之夫莫雄名下登記小型轎車一輛\n',
      ['陈俊杰', '莫雄'],
      ['陳國華', '吳亞妹'],
    ],
    [
      'Hui surnames (冶, 纳, 妥) start names; 缴纳 and 纳税人 name no one',
      '当事人：银川恒锦物业服务有限公司\n\n本局接到劳动者马学军、纳秀芳的投诉。财务人员冶秀芳向第三人妥文华转账。当事人应缴纳罚款，纳税人识别号照常。',
      ['马学军', '纳秀芳', '冶秀芳', '妥文华'],
      ['银川恒锦物业服务有限公司'],
    ],
    [
      'a companion (同行钓友) and someone hired to do it (雇请…实施) are persons',
      '当事人：刘国平，男，1980年3月2日出生\n\n当事人驾车来到该处，同行钓友程海林在旁垂钓。砍伐行为系由你丈夫颜廷海雇请孟宪军实施。',
      ['程海林', '颜廷海', '孟宪军'],
      ['刘国平'],
    ],
    [
      'a given name starting with 从 (冉从林), and the Naxi surname 木 (木永春); not 都从旁边',
      '当事人：冉从军，男，1970年1月2日出生\n\n当事人之弟冉从林时任村主任。客栈管家木永春称，看病的人都从旁边绕行。',
      ['冉从林', '木永春'],
      ['冉从军'],
    ],
    [
      'whom a 司法局 warns (社区矫正对象) is the party, named in public; the guarantor is not',
      '社区矫正对象：苟建华，男，1986年2月20日出生，居民身份证号码511622198602205571。\n保证人：黄丽萍（系社区矫正对象之妻）。\n\n经调查核实，社区矫正对象苟建华未经批准离开武胜县。',
      ['黄丽萍'],
      ['苟建华'],
    ],
    [
      'people listed after 如下： and between ；, each with their place (收件人信息如下：郭志远，河北省…), and the Dai surname 刀',
      '当事人：岩温，男，1990年1月2日出生\n\n部分收件人信息如下：郭志远，河北省丰宁满族自治县大阁镇宁丰路西侧，手机 156 3148 0027；慕容雪，山西省长子县丹朱镇南街村，座机0355-8712264。收件人刀建华在开箱验视时发现卷烟。',
      ['郭志远', '慕容雪', '刀建华'],
      ['岩温'],
    ],
    [
      'a supplier (个人供货商), a real name after a nickname, who arranged it (…安排), the Korean surname 玄, a given name starting with 再, and 喬 in Traditional',
      '当事人：张三，男，1990年1月2日出生\n\n当事人通过个人供货商温少华采购。自称“阿强”的个人（真实姓名许国强，联系电话另存）供货。杨雪梅安排未取得导游证的人员。证人朴英子、玄东日的证言。村民潘光荣、杨再兴等11户。消费者喬楠反映。王再次到场。',
      ['温少华', '许国强', '杨雪梅', '朴英子', '玄东日', '潘光荣', '杨再兴', '乔楠', '阿强'],
      ['张三'],
    ],
    [
      'whoever had the party do it (受苏红军雇用), and a guardian with a surname no list holds, by the bracket of kin (法定代理人（监护人）：资建军（系当事人之父）)',
      '当事人：耿振山，男，1969年8月1日出生\n法定代理人（监护人）：资建军（系当事人之父）\n\n当事人受苏红军雇用，喷涂小广告。',
      ['苏红军', '资建军'],
      ['耿振山'],
    ],
    [
      'whom the party rode with (乘坐贾军驾驶的), whose shop (在陈思雨经营的), who were called in (邀请…到场), a real identity, a vaccinated child, the Hui surname 虎; not a bank branch (在…于都支行开设的) nor 试管婴儿成功率',
      '当事人：苟建华，男，1986年2月20日出生\n\n苟建华乘坐贾军驾驶的小型轿车离开，其间一直在陈思雨经营的奶茶店帮工。送达人邀请唐国民、邓春花到场见证。“办证小覃”（经查真实身份为覃浩然）。受种婴儿邱一诺接种后高热。喇文军之母虎秀英操办婚事。账户系在中国建设银行于都支行开设的专用账户。试管婴儿成功率高达85%。',
      ['贾军', '陈思雨', '唐国民', '邓春花', '覃浩然', '邱一诺', '虎秀英', '喇文军'],
      ['苟建华'],
    ],
    [
      'no name in a fee after a role word (中介费合计, 会员费问题) nor in a word opening several clauses (房地产经纪…)',
      '当事人：单思远，男，1990年1月1日出生\n\n你向委托人收取中介费合计人民币9600元。“房地产经纪业务应当由房地产经纪机构统一承接，服务报酬由房地产经纪机构统一收取”。承租人皇甫丽投诉。',
      ['皇甫丽'],
      ['单思远'],
    ],
    [
      'a 通报: the operator of the business it penalised is public, the operator of the shop it bought from is not',
      '关于王记油坊案的通报\n\n该油坊（统一社会信用代码92411425MA9GC6X10R，经营者王德山）掺入泔水油，其原料从德耀镇老街卤菜店（个体工商户，统一社会信用代码92411425MA9GC6X22Q，经营者赵富强）购进。县市场监管局已对该油坊作出罚款决定。',
      ['赵富强'],
      ['王德山'],
    ],
    [
      'whom a reply answers (覃志明：⏎你（…details…）于…反映), however long the bracket of details',
      '南海区人力资源和社会保障局\n信访事项答复意见书\n\n覃志明：\n    你（男，壮族，身份证号码452226198804073018，现住佛山市南海区狮山镇小塘新境村东区三巷8号，联系电话177 2031 6548）于2025年11月10日到我局信访接待室反映被拖欠工资问题。',
      ['覃志明'],
      [],
    ],
    [
      'whose account a reward is paid to (户名：… beside 开户行 and 账号) is named there, not a party',
      '亳州市市场监督管理局\n举报奖励决定书\n\n举报人：龚岚，女，1987年9月14日出生。\n\n经查，举报属实，决定给予奖励。奖励金汇入以下账户：\n    户名：龚岚\n    开户行：中国农业银行亳州分行\n    账号：另行通知',
      ['龚岚'],
      [],
    ],
    [
      'a reward notice’s addressee, in its salutation and its 送达回证, is the informant (kept confidential)',
      '国家税务总局宜宾市南溪区税务局\n检 举 奖 励 通 知 书\n\n尉迟秀英：\n    你于2025年2月17日向我局检举的案件，检举内容与违法事实相符。\n\n送达回证\n受送达人：尉迟秀英\n送达方式：直接送达',
      ['尉迟秀英'],
      [],
    ],
    [
      'a 通报: those a sentence opens with, then why (因) and the passive of their penalty, are its parties',
      '关于一起殴打他人案件的情况通报\n\n经查，段志鹏、宫少华持啤酒瓶殴打受害人王凯。目前，段志鹏、宫少华因殴打他人，已被公安机关依据《中华人民共和国治安管理处罚法》第四十三条第二款第（一）项之规定，分别处以行政拘留十二日、十日的处罚。',
      ['王凯'],
      ['段志鹏', '宫少华'],
    ],
    [
      'a 典型案例 release: whom each case is about (基本情况：…) is its party; the worker who complained is not',
      '郸城县人社局发布拒不支付劳动报酬典型案例\n\n二、韩二虎拒不支付劳动报酬案\n    基本情况：韩二虎，男，1971年出生，个人承包工程的“包工头”。\n    2024年6月，农民工田秀兰投诉称，韩二虎拖欠工人工资。',
      ['田秀兰'],
      ['韩二虎'],
    ],
    [
      'a pawnshop’s customer (当户), the Bai surname 茶; not 茶楼 of 茶楼经营者',
      '当事人：菏泽市鑫源典当有限公司\n\n当事人收当当户谢志远质押的车辆。村民茶秀英上前劝阻。茶楼经营者吴光辉在场。',
      ['谢志远', '茶秀英', '吴光辉'],
      [],
    ],
    [
      'bystanders who step in or are hurt, with no role word (同桌的…上前劝阻, …受伤)',
      '当事人：郑平，男，1985年3月2日出生\n\n当事人与顾客发生争执，同桌的王晓燕、赵丽上前劝阻，同桌吃饭的吴海燕受伤。',
      ['王晓燕', '赵丽', '吴海燕'],
      ['郑平'],
    ],
    [
      'in whose name a vehicle is registered (登记在…名下), a Tibetan name read whole',
      '被处罚人：上官子健\n\n驾驶登记在白玛央金名下、逾期未检验的机动车上道路行驶；另一辆登记在王小红名下。',
      ['白玛央金', '王小红'],
      ['上官子健'],
    ],
    [
      'Dai names start with 岩 (men) as with 玉 (women)',
      '当事人：刀建华，男，1980年1月1日出生\n\n将其自建房出租给岩罕、玉儿等6人居住。',
      ['岩罕', '玉儿'],
      ['刀建华'],
    ],
    [
      'a 通报 of several cases: each person penalised (李梓萌被依法…, 古志雄已被依法…) is a party; their friends are not',
      '春節期間酒駕典型案例通報\n\n一、古志雄（男，41歲）駕駛轎車搭載其侄古俊傑外出。古志雄已被依法吊銷機動車駕駛證。\n二、李梓萌（女，26歲）飲酒後駕駛轎車，其男友鍾浩當時坐在副駕駛座。李梓萌被依法暫扣機動車駕駛證六個月。',
      ['古俊杰', '钟浩'],
      ['古志雄', '李梓萌'],
    ],
    [
      'a notice in Traditional to 下列當事人 names its numbered parties in public',
      '晉江市應急管理局\n關於公告送達行政處罰決定書的公告\n\n    現依法向下列當事人公告送達：\n\n    一、林冠宇，男，台灣居民，住晉江市羅山街道世紀大道1299號濱江苑3幢1702室。\n    業主蔡明輝稱，林冠宇已於10月退租。',
      ['蔡明辉'],
      ['林冠宇'],
    ],
    [
      'a foreigner’s name in full-width Latin letters after a nationality',
      '当事人：关晓丹，女，1980年3月2日出生\n\n当事人接待俄罗斯籍人员ＰＥＴＲＯＶ ＤＭＩＴＲＹ（护照号码：75 3318462）住宿。',
      ['ＰＥＴＲＯＶ ＤＭＩＴＲＹ'],
      ['关晓丹'],
    ],
    [
      'Mongolian names have no surname: one element standing alone, or two (萨仁高娃); 乌云密布 is weather',
      '违法行为人：巴图，男，1985年3月2日出生\n\n当日乌云密布。巴图驾车搭载其妻萨仁高娃、同事额尔敦、杨海军外出，押运员乌云其其格在场。',
      ['萨仁高娃', '额尔敦', '杨海军', '乌云其其格'],
      ['巴图'],
    ],
    [
      'rarer surnames (字, 綦, 畅) start names; 字样 and 畅通 are words',
      '当事人：昆明某某房地产经纪有限公司\n\n买受人字春梅称，邻居綦美华、畅国栋在场。现场写有“出售”字样，消防通道畅通。',
      ['字春梅', '綦美华', '畅国栋'],
      [],
    ],
    [
      'trades and households before a name (送气工, 养蜂户, 收鲜船主, 刷胶工 and a list)',
      '当事人：廉江市安达液化气有限公司\n\n该公司送气工陈亚九在询问中称。养蜂户牟德全的蜂场受损。渔获物由收鲜船主林建秋收购。同车间刷胶工韦小兰、覃秀梅亦未参加。',
      ['陈亚九', '牟德全', '林建秋', '韦小兰', '覃秀梅'],
      ['廉江市安达液化气有限公司'],
    ],
    [
      'a notice to 下列个体工商户 names each numbered business’s operator in public',
      '靖西市市场监督管理局\n关于公告送达行政处罚决定书的公告\n\n    本局依法对下列个体工商户作出行政处罚决定，现予公告送达。\n\n    一、靖西市新靖镇阿凤奶茶店（统一社会信用代码：92451081MA5Q3F8K2H，经营者：农凤，经营场所：靖西市新靖镇城南路32号）。\n    二、靖西市新靖镇隆兴手机维修店（统一社会信用代码：92451081MA5NU70L9M，经营者：滕永隆）。',
      [],
      ['农凤', '滕永隆'],
    ],
    [
      'people whose cases are handled apart, listed before 另案处理 (also in Traditional)',
      '違法行為人：熊德兵，男，1978年3月5日出生\n\n熊德兵在其家中組織他人賭博。民警當場查獲賭資。王二娃、余春花、蔣明另案處理。',
      ['王二娃', '余春花', '蒋明'],
      ['熊德兵'],
    ],
    [
      'a co-offender after a party word is a third person',
      '违法行为人：邓志强\n\n违法行为人邓志强伙同陈国华赌博，同案违法行为人陈国华的陈述。',
      ['陈国华'],
      ['邓志强'],
    ],
    [
      'a relative named by another person (之母) and a seller at 从…的X处 are persons',
      '当事人：熊美玲\n\n学生家长周建华（王诗涵之母）陈述。付晨阳通过社交软件从浙江省义乌市的邵建新处以每套11元购进图书。',
      ['周建华', '王诗涵', '邵建新'],
      ['熊美玲'],
    ],
    [
      'a word after a role word is no name (来电, 和实际, 公示, 白天, 向常住); a town’s shop is no villager',
      '当事人：富顺县富世镇文渊书报亭（个体工商户）\n经营者：田桂芳\n\n本局接到市民来电举报，网店的注册人和实际经营者为田桂芳，未向业主公示，患者白天到院，组织人员和机械采砂。由本人或其监护人向常住户口所在地派出所申请。交存人：安检人员。',
      [],
      ['田桂芳'],
    ],
    [
      'a name after a quoted role or a title in brackets; 配合 after a name is prose, not a bank',
      '当事人：某某陵园有限公司\n\n“副会长”钟大勇称其不清楚。当事人公墓管理员黎小兵配合进行了测量。当事人员工（收银员）罗小芳在场；社会体育指导员（游泳）国家职业资格证书。',
      ['钟大勇', '罗小芳', '黎小兵'],
      [],
    ],
    [
      'trades, birth order, a relative in brackets, the one an officer checked with, a person called so',
      '当事人：罗德全\n\n当事人请来风水先生欧阳春林在林地内择定墓址。死者冷世清之长子冷光辉在场。司马红梅（曾永福之妻）任会计。经与曾庆波核实，又经向熊丽了解。其经房屋中介贺明亮介绍入住，成品销售给收购商文大川。当事人与一名叫马文武的男子联系。本案经大队长吕志勇批准。',
      [
        '冷世清',
        '司马红梅',
        '冷光辉',
        '文大川',
        '曾庆波',
        '曾永福',
        '欧阳春林',
        '熊丽',
        '贺明亮',
        '马文武',
      ],
      ['罗德全'],
    ],
    [
      'a list of people and what each is owed; a 行政复议’s 第三人; no name in 由申请人之妻, 居民（住…）, 带领',
      '申请人：罗德明\n第三人：杨秀芬，女，1972年9月3日出生\n\n工资未获支付，具体为：陈德明（泸县云龙镇石岭村5组）4,600元、罗小兵4,100元、欧阳兴贵3,900元。文书由申请人之妻签收。附近居民（住叙州区某某小区）反映。周永福之子周浩带领工人讨薪。',
      ['杨秀芬', '陈德明', '罗小兵', '欧阳兴贵', '周永福', '周浩'],
      ['罗德明'],
    ],
    [
      'a buyer after 售予, a four-character seller after a town in 从…处; no name in 60余人连夜',
      '当事人：唐明富\n\n2025年1月8日售予钟志强，售价6500元。2023年12月从纳溪区大渡口镇欧阳春华处以2800元购进。群众60余人连夜撤离。',
      ['欧阳春华', '钟志强'],
      ['唐明富'],
    ],
    [
      'the one harmed or stolen from, after the verb (殴打, 推了…两下, 辱骂, 盗窃…手机); no name in 恐吓来人, 殴打他人, 骗取国家补贴',
      '当事人：罗子轩\n\n当事人推了赵一鸣两下，又殴打邵明远、王凯，致其轻微伤。当事人辱骂冉小东，盗窃龙德才手机一部，骗取阙光明人民币5000元。当事人恐吓来人，殴打他人，骗取国家补贴，撞倒行人。',
      ['冉小东', '王凯', '赵一鸣', '邵明远', '阙光明', '龙德才'],
      ['罗子轩'],
    ],
    [
      'staff of a business or a service named by their work; not a public veterinarian (官方兽医)',
      '当事人：刘德明\n\n旅行社计调鲜于红梅证实。当事人安排月嫂韦丽娜上户，主厨向天明掌勺，供水站抄表员侯小军、执业兽医彭光辉、妇联干部马丽华在场。本局执法人员会同官方兽医杨雪梅检查。',
      ['向天明', '侯小军', '彭光辉', '韦丽娜', '马丽华', '鲜于红梅'],
      ['刘德明', '杨雪梅'],
    ],
    [
      'whose place was rented (租用…位于), whose report came in (接到…通过…举报), whose account was paid (转账至…银行卡), the other side of a settlement (与…协商)',
      '当事人：张德明\n\n本局接到李梦洁通过12345热线的举报。当事人租用伍志华位于北关农贸市场外的门面，将货款转账至吴小龙银行卡，事后已与谢芳协商处理完毕。收到群众举报。转账至某某公司银行账户。',
      ['伍志华', '吴小龙', '李梦洁', '谢芳'],
      ['张德明'],
    ],
    [
      'whose business a place is after a town (炎亭镇陈建华经营的), the one sued (诉…纠纷), a real name (实名为), workers by trade',
      '当事人：张德明\n\n海砂运至炎亭镇陈建华经营的砂石堆场出售。被处罚人担任胡某某诉曹丽君民间借贷纠纷一案的代理人。自称“阿某”的男子（经查实名为林志坚）。安装工韩立新、挖机师傅瞿小平、二组组民邓学军、当班司炉工陈亚四在场。当事人投诉某公司纠纷。',
      ['曹丽君', '林志坚', '瞿小平', '邓学军', '陈亚四', '陈建华', '韩立新'],
      ['张德明'],
    ],
    [
      'a name a PDF’s line break put after its role word (其母⏎周芳, 女儿⏎关晓丹); not a table’s last header cell over a row',
      '当事人：张德明\n\n民警至受送达人家中，在其父何某、其母\n周芳在场的情况下宣告。房费由你的女儿\n关晓丹代为收取。\n房源编号⁣地址⁣房东\n房源编号：AJ-0716⁣地址：某小区⁣房东：某某',
      ['周芳', '关晓丹'],
      ['张德明'],
    ],
    [
      'a person listed after a third person whose bracket holds numbers (the same once they are redacted)',
      '当事人：某某咨询有限公司\n\n委托方陈国平（身份证号：510107198503071234，护照号码：EA1234567）、林佩珊夫妇与当事人签订协议。',
      ['林佩珊', '陈国平'],
      [],
    ],
    [
      'a roundup’s case titles and a listing’s titles with their numbers name each case’s party; the shop assistant is a third person',
      '某某县市场监管局2024年5月执法情况通报\n四、张树林无照经营散装白酒案。当事人张树林在城区无照经营，由店员叶小芬负责收银。\n农安县卫生健康局行政处罚决定书（农卫罚〔2024〕17号 李德才）\n……当事人李德才未取得医疗机构执业许可证。',
      ['叶小芬'],
      ['张树林', '李德才'],
    ],
    [
      'a 双公示 CSV export’s parties and legal representatives (quoted cells and all); a shop assistant in its facts',
      '行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,法定代表人证件类型,违法事实\n龙游县鑫悦食品商行,个体工商户,92330825MA2DKL3R9W,周建平,身份证,"案发时由店员叶小芬负责收银，叶小芬称商品由经营者周建平负责进货。"\n郑晓峰,自然人,,,身份证,"当事人郑晓峰无照经营。"',
      ['叶小芬'],
      ['周建平', '郑晓峰'],
    ],
    [
      'a roundup’s penalised businesses’ operators (public), another shop’s owner named in passing (third)',
      '某某县应急管理局安全生产执法周报\n一、检查发现，该厂（个体工商户，经营者冯东发）未配备灭火器，我局已责令整改并处罚款2000元。\n二、湄潭县永兴镇黔韵茶叶经营部（经营者：付德强）销售过期茶叶，已立案查处。供货商张国华未到场。',
      ['张国华'],
      ['付德强', '冯东发'],
    ],
    [
      'more people named by what they are (犬主, 失主, 宿舍长, 向导, 救援队员, 参保人员, 农户, 网民); 由 and a compound surname; a nationality before a listed name',
      '当事人：张德明\n\n犬主包德才已办理登记。失主分别为朱婷婷、何振宇及约旦籍商人萨米尔·哈桑。宿舍长韦德福称。向导鲍向东、救援队员葛伟平参与救援。网民包文斌报警。部分孕妇由令狐春燕介绍。',
      ['何振宇', '包德才', '包文斌', '朱婷婷', '萨米尔·哈桑', '葛伟平', '韦德福', '鲍向东'],
      ['张德明'],
    ],
    [
      'a seller in Traditional script (從男子鄭文彬處收購), a buyer by what he does (卖给了专门收药的毛小林)',
      '當事人：陳大明\n\n以人民幣1800元的價格，從男子鄭文彬處收購相機一台。藥品大部分以低价卖给了专门收药的毛小林。',
      ['毛小林', '郑文彬'],
      ['陈大明'],
    ],
    [
      'a buyer after 卖给了 and the county he is from',
      '当事人：曾凡贵\n\n你在2025年3月16日把8只白头鹎卖给了筠连县的田光荣，田光荣已经承认。',
      ['田光荣'],
      ['曾凡贵'],
    ],
    [
      'whose home it is after 在/到 (在胡德明家中赌博), not a word for a household (农户家中)',
      '当事人：周德贵\n\n当事人在胡德明家中赌博，又到农户家中推销。',
      ['胡德明'],
      ['周德贵'],
    ],
    [
      'a plot’s neighbours (东至袁志明住房), a seller after 街道 in 从…处, a 收购户',
      '当事人：熊开明\n\n拟建宅基地四至为：东至袁志明住房，西至熊大友承包地。从江阳区华阳街道何建平处以4500元购进。出售给个体废品收购户杨永福。',
      ['何建平', '杨永福', '熊大友', '袁志明'],
      ['熊开明'],
    ],
    [
      'the dead a grave notice names (坟主（逝者）, 逝者：), a claimant, a hired stonemason',
      '关于迁移坟墓的公告\n\n1．朱湖村三组，编号ZH-03-07，坟主（逝者）王守成、孙秀兰夫妇合葬。\n墓位号：福区A-3-12　逝者：黄细妹　认领人：黄伟雄\n你雇请石匠黄友才等人修建坟墓。',
      ['孙秀兰', '王守成', '黄伟雄', '黄友才', '黄细妹'],
      [],
    ],
    [
      'a 公示 numbering whom it is about names them in public; a witness in a decision’s list does not',
      '关于停发部分对象残疾人两项补贴的公示\n\n以下对象停发补贴，现予公示：\n　　1．高志强，男，银州街道城郊社区马家铺村，享受重度残疾人护理补贴。其女高艳妮于10月9日向社区报告。\n　　2．常桂英，女，家住十里铺乡高庙山村二组，享受补贴。',
      ['高艳妮'],
      [],
    ],
    [
      'people numbered in a decision’s facts (not a 公示): third persons',
      '行政处罚决定书\n当事人：罗德全\n\n参与赌博人员如下：\n　　1．王建国，男，泸县福集镇龙华村5组村民。\n　　2．李秀英，女，泸县福集镇人。',
      ['李秀英', '王建国'],
      ['罗德全'],
    ],
    [
      'the people a bank regulator punishes (相关责任人员) are parties; the customer is not',
      '中国人民银行汉中市分行行政处罚信息公示表\n相关责任人员\u2063时任职务\u2063处罚内容\n相关责任人员：李国栋\u2063时任职务：时任某农商行行长\u2063处罚内容：罚款2万元\n说明：该行于2024年10月拒绝客户马德胜以现金缴费，李国栋已调离该行。',
      ['马德胜'],
      ['李国栋'],
    ],
    [
      'a household’s members after their kin (家庭成员：妻 雷翠兰；子 柯小虎), not a count (家庭人员：共3人)',
      '户主：柯德山\n家庭成员：妻 雷翠兰；子 柯小虎（在外务工）\n家庭人员：共3人',
      ['柯小虎', '雷翠兰'],
      ['柯德山'],
    ],
    [
      'the holder of a document found (身份证一张（姓名：…）, 户口簿（户主姓名…）, 驾驶证姓名：)',
      '招领公告\n\n包内有户口簿一本（户主姓名浦光明，户籍地址：宣威市），居民身份证一张（姓名：浦丽芬）。另有驾驶证1本⁣驾驶证姓名：黄德彬，证号：略。',
      ['浦丽芬', '浦光明', '黄德彬'],
      [],
    ],
    [
      'a neighbour’s household ending a bound (东至关德胜家), not a place (东至张家湾); the household next door; a builder',
      '申请人：于海龙\n\n四至：东至关德胜家，西至张家湾，北至张凤芝家，南至于洪波地。相邻户詹立春书面提出异议。施工方：农村建筑工匠 邹德明（个体）。',
      ['于洪波', '关德胜', '詹立春', '张凤芝', '邹德明'],
      ['于海龙'],
    ],
    [
      'a neighbour’s 房屋 where 房 could go on the name, a distance from it, the neighbour on a side',
      '当事人：钟文斌\n\n该地块东至邹春林房屋，北至刘玉兰房屋院坝。该住宅东距钟文华房屋6米。西邻付德清反映。',
      ['付德清', '刘玉兰', '邹春林', '钟文华'],
      ['钟文斌'],
    ],
    [
      'a trade ending where the name starts (喷漆工刘小军, 漆 being a surname too), a grower',
      '当事人：邓志强\n\n当事人雇佣的喷漆工刘小军（男，26岁，系当事人雇员）正在作业。西瓜系从江安县水清镇瓜农郑国才处批发。',
      ['刘小军', '郑国才'],
      ['邓志强'],
    ],
    [
      'people listed before a known third person, each item a whole name',
      '当事人：龙德海\n\n其中黄永贵购买石料2400吨。证据：现场检查笔录、对当事人、吴光荣、黄永贵的询问笔录。',
      ['吴光荣', '黄永贵'],
      ['龙德海'],
    ],
    [
      'the first of a counted list after 向, read where the list item ends (向何秀英、)',
      '当事人：钟华平\n\n先后向何秀英、赖春生等汽车修理店经营者收购废矿物油。',
      ['何秀英', '赖春生'],
      ['钟华平'],
    ],
    [
      'a given name starting with 日',
      '当事人：刘俊杰\n\n村护林员赖日华巡山时发现伐桩。',
      ['赖日华'],
      ['刘俊杰'],
    ],
    [
      'an officer’s word with no credential yields to a third person’s reading (承办人 of the party)',
      '当事人：某某法律服务所\n\n当事人指派其员工何文斌、郑小兵代理外地案件。承办人郑小兵两次未出庭。执法人员：冉俊（执法证号51130012345）',
      ['何文斌', '郑小兵'],
      ['冉俊'],
    ],
    [
      'a row whose 身份 column says 见证人, below the party’s row',
      '人员如下：\n身份⁣姓名⁣联系电话\n身份：被扣押人⁣姓名：杨正发⁣联系电话：—\n身份：见证人⁣姓名：罗光荣⁣联系电话：139 8575 6620',
      ['罗光荣'],
      ['杨正发'],
    ],
    [
      'whose relative, said after 系 across a comma or another name (系…曹建平的表哥)',
      '当事人：某某酒业有限公司\n法定代表人：曹建平\n\n（一）周大伟，系你单位法定代表人许志强之岳父。钟永福系法定代表人曹建平的表哥。',
      ['周大伟', '钟永福'],
      ['某某酒业有限公司', '曹建平'],
    ],
    [
      'a count, then who (安排残疾人就业3人（…）), and 个人 before a seller',
      '当事人：张三\n\n申报安排残疾人就业3人（周大伟、龚雪梅、杨文斌）。从资中县个人陈光明处以每瓶86元购进。',
      ['周大伟', '杨文斌', '陈光明', '龚雪梅'],
      ['张三'],
    ],
    [
      'the first of a list after a preposition (从林志鹏、郑秀琴处), a compound surname after a role word',
      '当事人：张三\n\n当事人先后从林志鹏、郑秀琴处购进运动鞋。本局收到劳动者上官浩的投诉。',
      ['上官浩', '林志鹏', '郑秀琴'],
      ['张三'],
    ],
    [
      'who accompanied an inspection is not the inspector; an officer’s credential with its kind',
      '被检查人：张三\n陪同检查人：吴德富（青杠村村民委员会主任）\n\n核查人员：邓宇航（税务执法证号：15110830000117）',
      ['吴德富'],
      ['张三', '邓宇航'],
    ],
    [
      'a second agent after ； with a lawyer’s title is the lawyer, not the first agent',
      '当事人：某某诊所有限公司\n委托代理人：冯倩，系当事人行政主管；李文峰，四川川南律师事务所律师。',
      ['冯倩'],
      ['李文峰'],
    ],
    [
      'the agency’s contact on a line that starts with a label no rule knows',
      '当事人：某某公司\n\n可自公示之日起20个工作日内向我局书面提出。\n联系单位：某某区市场监督管理局信用监管股  联系人：赵敏  联系电话：0830-4122306',
      [],
      ['某某公司', '赵敏'],
    ],
    [
      'the other side of a quarrel or a dispute; not a room beside a room',
      '违法行为人：张三\n\n张三与李大勇因琐事发生争执。当事人代理其与罗志刚民间借贷纠纷一案。拆除客厅与阳台之间的墙体。',
      ['李大勇', '罗志刚'],
      ['张三'],
    ],
    [
      'a name starting a clause before 称, and whose post after 系 (系该店收银员); not 但辩称',
      '当事人：张大海\n\n经查，吴晓丽称其未看见。另查明，钱小芳系该店收银员。当事人对事实无异议，但辩称其不知情。',
      ['吴晓丽', '钱小芳'],
      ['张大海'],
    ],
    [
      'a party named with 本人到场 is a person; the agency’s review team and a host the party hired',
      '当事人：陈学军\n\n主持人彭玉洁宣布听证会开始。经核对，当事人陈学军本人到场。复核组组长：汪建华（法规股股长）。由当事人聘请的主持人欧阳慧敏在会上宣讲。',
      ['欧阳慧敏'],
      ['陈学军', '汪建华'],
    ],
    [
      'no name before 系由, nor a word for a person read as a given name (向顾客)',
      '当事人：舒雨涵\n\n商铺系由舒雨涵的朋友吕佳琪租用。当事人为未成年人向顾客曹梓萌提供服务。',
      ['吕佳琪', '曹梓萌'],
      ['舒雨涵'],
    ],
    [
      'one person under two titles (经营者、主要负责人), and an officer known by a credential after a label no rule knows',
      '当事人：泸县某某诊所（个体工商户）\n经营者、主要负责人：罗德明，男，汉族\n\n证人黄明秀称，罗德明在场。\n核验人员：刘忠（执法证号：51102500231）',
      ['黄明秀'],
      ['罗德明', '刘忠'],
    ],
    [
      'a name spaced out by OCR or a padded table cell, and found spaced wherever it is',
      '当事人：向国平\n\n被侵害人杜明华报警。致杜 明 华所有的轿车受损。证人：王　燕',
      ['杜明华', '王燕'],
      ['向国平'],
    ],
    [
      'a table of the people in a case under its header row: their relation to it says they are not parties',
      '当事人：蒲建明，男\n\n本案相关人员情况如下：\n姓名\u2063身份证号码\u2063与本案关系\n姓名：向德林\u2063身份证号码：511922198801172035\u2063与本案关系：货车驾驶员（雇工）',
      ['向德林'],
      ['蒲建明'],
    ],
    [
      'a notice to the people its table lists (下列出租人…现予公告送达): its parties, named in public',
      '关于出租房屋安全隐患责令改正的公告\n因下列出租人下落不明，现予公告送达。\n序号\u2063出租人\u2063身份证号码\n序号：1\u2063出租人：黄建国\u2063身份证号码：511403197208193512\n序号：2\u2063出租人：袁丽萍\u2063身份证号码：511403198012032826',
      [],
      ['黄建国', '袁丽萍'],
    ],
    [
      'a notice to the owners its table lists, the thing they hold between (请下列机动车所有人…)',
      '关于督促逾期未检验机动车所有人限期检验的公告\n请下列机动车所有人在本公告发布之日起三十日内检验。\n序号\u2063号牌号码\u2063所有人\u2063住所\n序号：1\u2063号牌号码：冀F3K795\u2063所有人：邸志刚\u2063住所：清苑区清苑镇东顾庄村振兴街27号\n序号：2\u2063号牌号码：冀F0R826\u2063所有人：苑志强\u2063住所：清苑区臧村镇王盘村',
      [],
      ['苑志强', '邸志刚'],
    ],
    [
      'a notice to the owners it could not reach (…无法通知到车辆所有人。现将有关情况公告如下): its parties',
      '公告\n经核查，下列拖拉机逾期未参加安全技术检验，且无法通知到车辆所有人。现将有关情况公告如下：\n序号\u2063所有人姓名\u2063身份证号码\n序号：1\u2063所有人姓名：邓光荣\u2063身份证号码：512022196503127716',
      [],
      ['邓光荣'],
    ],
    [
      'a company’s notice listing the workers it owes (你单位欠缴下列职工): third persons',
      '某某建材有限公司：\n经查，你单位欠缴下列职工的社会保险费，现予公告：\n序号\u2063职工姓名\u2063公民身份号码\n序号：1\u2063职工姓名：曾德兵\u2063公民身份号码：511421197805143559',
      ['曾德兵'],
      [],
    ],
    [
      'a person’s decision that sets out in a table the people it hired (姓名⁣性别⁣年龄⁣…⁣所做工作)',
      '当事人：苟德发，男，汉族，身份证号：510726196803121514\n\n经查明，当事人雇请同村村民母秀英、王开全砍除林木。参与人员情况如下：\n姓名\u2063性别\u2063年龄\u2063所做工作\n姓名：母秀英\u2063性别：女\u2063年龄：56\u2063所做工作：砍除杂灌\n姓名：王开全\u2063性别：男\u2063年龄：62\u2063所做工作：砍除林木',
      ['母秀英', '王开全'],
      ['苟德发'],
    ],
    [
      'the names listed after a legal representative’s (法定代表人陈光辉、邹德全、廖永红的询问笔录) are other people’s',
      '当事人：广汉市雅居家具有限公司\n法定代表人：陈光辉\n\n以上事实有法定代表人陈光辉、邹德全、廖永红的询问笔录等证据证实。',
      ['廖永红', '邹德全'],
      ['广汉市雅居家具有限公司', '陈光辉'],
    ],
    [
      'an accident report with no party: the people its table of the injured lists',
      '岳池县“12·21”液化石油气爆燃事故调查报告（摘要）\n\n受伤人员情况如下：\n序号\u2063姓名\u2063性别\u2063年龄\u2063住址\n序号：1\u2063姓名：曾志\u2063性别：男\u2063年龄：46\u2063住址：岳池县九龙街道东街120号2楼\n\n曾志未关闭瓶阀即打开排风扇。',
      ['曾志'],
      [],
    ],
    [
      'an accident’s investigation report decides on no party: its driver is a person named in it',
      '乐至县“3·2”三轮汽车侧翻道路交通事故调查报告（摘要）\n\n驾驶人冯德全，男，57岁，持有C1驾驶证。\n\n事故直接原因：冯德全驾驶三轮汽车违法载人。',
      ['冯德全'],
      [],
    ],
    [
      'a notice to the parties it numbers (下列当事人…一、李正才（…），身份证号…): named in public; a relative in an entry is not',
      '会东县退役军人事务局\n关于催告退回抚恤补助金的公告\n\n本局已向下列当事人作出追回决定，现公告如下：\n一、李正才（已故退伍军人李德顺之子），身份证号513426196604132019，应退回人民币19440元。\n二、陈玉珍，身份证号513426197007252025，该款由其孙赵鹏使用其手机银行转出。',
      ['李德顺', '赵鹏'],
      ['李正才', '陈玉珍'],
    ],
    [
      'foreigners named in Latin letters after a role word, and the same person transliterated in the bracket after',
      '违法行为人：MUHAMMAD ASIF（中文译名穆罕默德·阿西夫），男，巴基斯坦籍。\n\n经查，违法行为人经其同学ALI RAZA（中文译名阿里·拉扎）介绍到公司授课。其母HOANG THI NGA称不知情。',
      ['ALI RAZA', 'HOANG THI NGA', '阿里·拉扎'],
      ['MUHAMMAD ASIF', '穆罕默德·阿西夫'],
    ],
    [
      'a company’s table of the foreigners it hired: 姓名 in Latin letters, 中文译名 in Han',
      '被处罚单位：自贡某某彩灯有限公司\n统一社会信用代码：91510300MA62T5YN9G\n\n现查明：该公司聘用下列外国人从事焊接工作：\n序号\u2063姓名\u2063中文译名\u2063护照号码\n序号：1\u2063姓名：TRAN VAN DUNG\u2063中文译名：陈文勇\u2063护照号码：C2904817',
      ['TRAN VAN DUNG', '陈文勇'],
      [],
    ],
    [
      'a hotel’s guest (旅客) and a workshop’s apprentice (学徒工), named after their role word',
      '当事人：杜国华\n\n当日入住的旅客罗建军向卫生监督员证实其入住。修理部学徒工向小龙正在使用储气罐。',
      ['向小龙', '罗建军'],
      ['杜国华'],
    ],
    [
      'two contacts of the agency sharing one bracket of credentials',
      '当事人：钟文彬\n\n经查，证人周永兰在场。\n联系人：邹明、廖静（执法证号：51032123010112、51032123010127）',
      ['周永兰'],
      ['钟文彬', '邹明', '廖静'],
    ],
    [
      'a name before 系…之父',
      '当事人：唐嘉乐\n\n唐建军（系当事人之父）到场。',
      ['唐建军'],
      ['唐嘉乐'],
    ],
    [
      'one name written in Traditional and Simplified is one person',
      '被处罚人：刘春梅\n\n被處罰人劉春梅稱其不知情。',
      [],
      ['刘春梅', '劉春梅'],
    ],
    [
      'people with no role word, marked by what follows their names',
      '当事人：某某商贸有限公司\n\n经查，王建平（男，1975年3月出生）于2024年从袁建成处购得该批货物，并雇用蔡文龙、桂晓丽、邬志强等5人搬运。',
      ['王建平', '蔡文龙', '桂晓丽', '袁建成', '邬志强'],
      [],
    ],
    [
      'a payee that is an organisation, and a table’s header row, name no one',
      '姓名\u2063性别\u2063出生日期\n姓名：蒲俊杰\u2063性别：男\u2063出生日期：1987年3月5日\n\n缴至指定账户（收款人：南部县财政局）。母亲蒋丽华均在场。',
      ['蒋丽华'],
      ['蒲俊杰'],
    ],
    [
      'whoever gives a statement is a person; a right to make one is not',
      '当事人：某某商贸有限公司\n\n上述事实有员工黄丽的陈述，马腾飞的陈述。何大勇、宋平均陈述系按指示作业。你公司有权进行陈述和申辩。',
      ['宋平', '马腾飞', '何大勇', '黄丽'],
      [],
    ],
    [
      'counts, places and words after a role word name no one',
      '当事人：某某商贸有限公司\n\n分别出租给5人居住；二人代理参加听证；见证人：谭小红（大溪沟街道人和街社区工作人员）；德耀镇关口村村民杜明才报案；见证人全程在场。',
      ['杜明才', '谭小红'],
      [],
    ],
    [
      'the doers of what only a person does, at a clause’s start, with no role word',
      '当事人：泸县某某砂石有限公司\n\n2024年5月3日，周建军、李小兵一起在河道采砂；陈志华驾驶运砂船。该公司曾多次擅自作业，高某驾驶货车。',
      ['周建军', '李小兵', '陈志华'],
      [],
    ],
    [
      'a name ends before a word that follows names (正在, 同住)',
      '当事人：某某洗车场\n\n现场员工郑小燕、文海正在洗车。当事人平时与其母亲刘燕同住。',
      ['刘燕', '文海', '郑小燕'],
      [],
    ],
    [
      'the questioned (经询问X, 对X、Y进行了询问) and doers after 由 or 的, an adverb between',
      '当事人：张三\n\n经询问王小林，其称购烟。对朱小勇、郑德全进行了询问。每次均由何建军驾驶面包车；你雇请的陈大勇正驾驶挖掘机。在接受询问时陈述。',
      ['何建军', '王小林', '朱小勇', '郑德全', '陈大勇'],
      ['张三'],
    ],
    [
      'a company’s 联系人, past a field no rule knows and a table’s header row, is a third person',
      '当事人名称：南充仁和中医诊所有限公司\n法定代表人：杨建国\n定点医药机构编码：H51132200517\n联系人：吴晓燕（办公室主任）\n\n经查，…\n联系人：王科长　联系电话：0830-3196001',
      ['吴晓燕'],
      ['杨建国', '王科长'],
    ],
    [
      'a name ending in 联系 or read before 联系…系 is no longer',
      '当事人：黄跃进\n\n该房屋由你出资，其子黄涛联系包工头席正荣组织施工。',
      ['黄涛', '席正荣'],
      ['黄跃进'],
    ],
    [
      'a name is looked for as written too (周國強: 周 is Traditional as well)',
      '當事人：鄭興福\n\n見證人周國強在場。',
      ['周国强'],
      ['鄭興福'],
    ],
    [
      'Traditional surnames, relatives (亲戚), a lawyer in Traditional, a name before 多次',
      '當事人：瀘州某某快遞有限公司\n委託代理人唐嘉，四川瀘江律師事務所律師\n\n本局接到寄件人龍小鳳投訴。經親戚鲁秀珍介绍，由其夫陶勇多次索要。',
      ['陶勇', '鲁秀珍', '龙小凤'],
      ['唐嘉'],
    ],
    [
      'a lawyer is one the text calls so, not anyone in a sentence that names a law firm',
      '当事人：梁文博\n\n以上事实有当事人的询问笔录、吴桂兰、邹建明的询问笔录、四川酒城律师事务所出具的说明为证。委托湖南明正律师事务所律师欧阳晨参加听证，欧阳晨应携带执业证。该公司法定代表人冯建伟在场。当事人施放气球，当事人游泳池周边无警示。',
      ['吴桂兰', '邹建明'],
      ['梁文博', '欧阳晨', '冯建伟'],
    ],
    [
      'a complainant whose line mentions a lawyer is no lawyer',
      '被处罚人：龙海波\n\n举报人曾德华（联系电话18784015236）于2024年5月28日向本局举报称，其委托被处罚人代理诉讼，后得知被处罚人并非律师。',
      ['曾德华'],
      ['龙海波'],
    ],
    [
      'households counted after a list, a name after a kinship word with a verb glued on',
      '当事人：张三\n\n3月21日为陈秀兰、陈玉华两户各安装1套；陈秀兰家的设备由其子黄建国拆除。行政执法人员和法制审核人员。',
      ['陈秀兰', '陈玉华', '黄建国'],
      ['张三'],
    ],
    [
      'villagers named after their village; the village’s offices are no one',
      '当事人：某某粮油有限公司\n\n出售稻谷的农户有多扶镇凤鸣村李长富（稻谷4300公斤）、星火镇吴秀珍和其夫蒋德友。罚款缴至合江县农村信用合作联社各网点，或到村卫生室、镇林业站。',
      ['吴秀珍', '李长富', '蒋德友'],
      [],
    ],
    [
      'a name already masked is not read as a name',
      '当事人：王**\n\n证人刘某某证实，王**于当晚到场。',
      [],
      [],
    ],
  ])('%s', (_name, text, third, publicNames) => {
    const reading = readDocument(text);
    // Each name is looked for in Simplified and Traditional spellings: compare one of them.
    const found = new Set(reading.thirdPartyNames.map((scoped) => simplifiedName(scoped.name)));
    expect([...found].sort()).toEqual(third.sort());
    for (const name of publicNames) expect(reading.publicNames).toContain(name);
  });

  it('keeps the agency’s contact line in prose, the landline too, on every pass', () => {
    const text =
      '当事人：甘志红\n\n当事人可在公告期内到古蔺县农业农村局领取行政处罚决定书。联系人：杨勇、李佳欣，联系电话：0830-7202863。';
    const once = redactText(text);
    expect(once).toBe(text);
    expect(redactText(once)).toBe(once);
  });

  it('keeps a third person’s name where it is written inside an organisation’s name', () => {
    const text =
      '当事人：王德明\n\n证人华夏证实，罚款缴至中国华夏银行泸州分行。本局向华夏了解情况。';
    const redacted = redactText(text);
    expect(redacted).toContain('中国华夏银行泸州分行');
    expect(redacted).not.toContain('证人华夏');
    expect(redacted).not.toContain('向华夏');
  });

  it('replaces a name within its own decision in a file of several', () => {
    const decision = (party: string, witness: string) =>
      `泸州市某某局\n行政处罚决定书\n\n当事人：${party}\n\n证人${witness}证实。\n泸州市某某局\n2024年3月20日\n`;
    const text = `${decision('张三', '刘大海') + decision('李四', '王五')}刘大海`;
    const scoped = readDocument(text).thirdPartyNames.find((name) => name.name === '刘大海')!;
    expect(text.slice(scoped.start, scoped.end)).toContain('证人刘大海');
    expect(scoped.end).toBeLessThan(text.lastIndexOf('刘大海'));
  });

  it('reads each decision of a file by itself: one’s party is another’s witness', () => {
    const decision = (party: string, witness: string) =>
      `泸州市某某局\n行政处罚决定书\n\n当事人：${party}\n\n证人：${witness}。\n泸州市某某局\n2024年3月20日\n`;
    const text = decision('武春梅', '刘大海') + decision('李四', '武春梅');
    // Replaced in the second decision only (a name's span is the decision it is replaced in).
    const witness = readDocument(text).thirdPartyNames.find((name) => name.name === '武春梅');
    expect(witness && text.slice(witness.start, witness.end)).toContain('证人：武春梅');
    expect(witness!.start).toBe(text.indexOf('泸州市某某局\n行政处罚决定书', 1));
    expect(redactText(text)).toContain('当事人：武春梅');
    expect(redactText(text)).toContain('证人：武某某');
  });
});

describe('tables of parties and listings', () => {
  it('names the party from a 姓名 cell after its role cell, so a minor’s name is masked', () => {
    const text =
      '违法 行为人⁣姓名：何俊熙⁣性别：男⁣出生日期：2008年2月15日\n身份证号：510503200802154718\n\n现查明，违法行为人何俊熙殴打他人。\n泸州市纳溪区公安局\n二〇二四年九月十八日';
    expect(readDocument(text).minors).toHaveLength(1);
    expect(redactText(text)).not.toContain('何俊熙');
  });

  it('reads a value written after wide spaces past its label’s colon as that label’s', () => {
    const text =
      '当事人\n名称（字号）：  内江市东兴区聚福源副食经营部\n统一社会信用代码：  92511011MA64QH8D2Q\n经营者：  邹德权\n身份证号码：  511011197205182517\n住    址：  内江市东兴区西林街道汉渝大道1288号7栋2单元1102室\n\n本局执法人员根据举报检查。';
    const redacted = redactText(text);
    expect(redacted).not.toContain('汉渝大道1288号');
    expect(redacted).toContain('邹德权');
  });

  it('reads a row of people flattened to tabs: the address beside an ID is that person’s home', () => {
    const text =
      '当事人：某某建筑劳务有限公司\n统一社会信用代码：91510303MA62X1234K\n\n人员情况如下：\n序号    姓名        性别    身份证号                    住址\n1\t阳小军\t男\t510303199007121515\t自贡市贡井区成佳镇新店村4组\n2\t古丽萍\t女\t510304199303050869\t自贡市大安区马冲口街道卧龙湾小区3栋1单元502室';
    const redacted = redactText(text);
    expect(redacted).not.toContain('新店村4组');
    expect(redacted).not.toContain('卧龙湾小区3栋');
  });

  it('reads a table of people in an organisation’s facts as third persons, not parties', () => {
    const text =
      '被处罚单位：某某建设工程有限公司\n统一社会信用代码：91510503MA62X1234K\n经调查，现场施工及相关人员如下：\n姓名\u2063身份证号\u2063与当事人关系\n姓名：冯国强\u2063身份证号：510503197704110011\u2063与当事人关系：项目经理\n姓名：端木青\u2063身份证号：510522199002170078\u2063与当事人关系：驾驶员\n物品名称\u2063数量\n物品名称：白条猪胴体\u2063数量：16片\n经查，端木青负责开挖，冯国强未报告。';
    const reading = readDocument(text);
    const names = reading.thirdPartyNames.map((scoped) => scoped.name);
    expect(names).toEqual(expect.arrayContaining(['冯国强', '端木青']));
    expect(names).not.toContain('白条猪胴体');
    expect(reading.holders.filter((holder) => holder.role === Role.party)).toHaveLength(1);
  });

  it('reads a notice’s typed table of the people decided on as its parties, not a household’s', () => {
    const notice =
      '泸州市交通运输局\n关于2025年第5批出租汽车驾驶员从业资格行政许可决定的公告\n\n一、准予许可人员名单\n\n序号\t姓名\t性别\t身份证号码\t住址\n1\t赵刚\t男\t510502198503130912\t泸州市江阳区北城街道新街子38号2单元3号\n2\t钱丽君\t女\t510504198807211685\t泸县云锦镇胜利村9组\n';
    expect(readDocument(notice).thirdPartyNames).toEqual([]);
    const redacted = redactText(notice);
    expect(redacted).toContain('钱丽君');
    expect(redacted).not.toContain('胜利村9组');
    const household =
      '关于依法对李光明户房屋实施强制搬迁的公告\n\n    序号  姓名      关系    身份证号码\n    1     李光明    户主    510322196809273014\n    2     李欣怡    孙女    510322201601203029\n';
    expect(redactText(household)).not.toContain('李欣怡');
  });

  it('reads the 姓名 of a notice’s row that gives a decision as its party, a guarantor as another', () => {
    const text =
      '古蔺县公安局关于不予许可和撤销持枪许可的公告\n现将决定公告如下：\n序号\u2063姓名\u2063住址\u2063担保人\u2063决定\n序号：1\u2063姓名：申志刚\u2063住址：古蔺县太平镇平丰村3组\u2063担保人：龙继红\u2063决定：不予许可\n序号：2\u2063姓名：母德兵\u2063住址：古蔺县大村镇和平路7号\u2063担保人：母德富\u2063决定：撤销许可\n';
    const redacted = redactText(text);
    for (const party of ['申志刚', '母德兵']) expect(redacted).toContain(party);
    for (const other of ['龙继红', '母德富', '平丰村3组']) expect(redacted).not.toContain(other);
  });

  it('reads the 姓名 column of a notice to 下列当事人 as its parties, the cars’ owners as others', () => {
    const text =
      '关于公告送达道路交通安全违法行为处理决定书的公告\n因下列当事人下落不明，本大队现将以下决定书予以公告送达：\n序号\u2063姓名\u2063住址\u2063车辆所有人\n序号：1\u2063姓名：曾凡丽\u2063住址：泸州市江阳区邻玉街道张坝村4组\u2063车辆所有人：何志华\n第1项车辆所有人何志华系当事人曾凡丽之夫。';
    const redacted = redactText(text);
    expect(redacted).toContain('曾凡丽');
    expect(redacted).not.toContain('何志华');
    expect(redacted).not.toContain('张坝村4组');
  });

  it('reads the contact persons a listing’s rows name as third persons, not the agency’s', () => {
    const text =
      '当事人\u2063蔡文静\n部分委托人情况如下：\n序号\u2063委托人\u2063联系人姓名\u2063收费标准\n序号：1\u2063委托人：兴旺五金经营部\u2063联系人姓名：胡志强\u2063收费标准：200元/月\n序号：2\u2063委托人：佳禾服装店\u2063联系人姓名：钱佳\u2063收费标准：150元/月\n证人胡志强证实。';
    const third = readDocument(text).thirdPartyNames.map((scoped) => scoped.name);
    expect(third).toEqual(expect.arrayContaining(['胡志强', '钱佳']));
    expect(third).not.toContain('收费标');
  });

  it('reads the name before a field in a role’s label (联系人及电话：钟小芳 1398…)', () => {
    const text =
      '当事人：泸州市某某有限公司\n统一社会信用代码：91510502MA62T7U4LL\n负责人：高明\n联系人及电话：钟小芳 13981671205\n经查，该公司违法。';
    expect(redactText(text)).not.toContain('钟小芳');
    expect(redactText(text)).toContain('高明');
  });

  it('reads a typed table’s name cell whole (何其华: 其 ends a name in prose), not a total', () => {
    const text =
      '行政处罚结果公告\n\n序号\t当事人\t住址（住所）\t处罚内容\n1\t何其华\t泸县兆雅镇新民村3组\t警告\n2\t合计\t泸县兆雅镇新民村5组\t警告\n';
    const redacted = redactText(text);
    expect(redacted).not.toContain('新民村3组');
    expect(redacted).toContain('合计');
  });

  it('reads a table of people in a 个体工商户 operator’s facts as third persons', () => {
    const table =
      '姓名：郭明秀\u2063经营店铺：谢家街道明秀副食店\u2063联系电话：151-8138-2904\n姓名：张德春\u2063经营店铺：公义镇春来便利店\u2063联系电话：183 0833 5541';
    const party =
      '当事人\u2063严德军\u2063性别\u2063男\n身份证号码\u2063511403197309080031\n经营主体\u2063德军粮油批发部（个体工商户，统一社会信用代码92511403MA68C1RJ04）\n';
    const others = `${party}调查中，相关人员情况如下：\n${table}\n郭明秀、张德春均陈述当事人拒绝供货。`;
    expect(readDocument(others).thirdPartyNames.map((scoped) => scoped.name)).toEqual(
      expect.arrayContaining(['郭明秀', '张德春']),
    );
    expect(redactText(others)).not.toContain('郭明秀');
    // Co-parties the prose introduces are parties, named in public.
    const coParties = `${party}共同违法当事人情况如下：\n${table}`;
    expect(readDocument(coParties).thirdPartyNames).toEqual([]);
    expect(redactText(coParties)).toContain('郭明秀');
  });

  it('reads a 个体工商户’s van as its operator’s, a company’s truck as the company’s', () => {
    const facts = '经查，当事人的货车司机郑远驾驶川Z·5M823号货车运回大米。';
    const business = `当事人：严德军\n经营主体：德军粮油批发部（个体工商户，统一社会信用代码92511403MA68C1RJ04）\n${facts}`;
    expect(redactText(business)).not.toContain('5M823');
    const company = `当事人：眉山市德军粮油有限公司\n统一社会信用代码：91511403MA68C1RJ04\n${facts}`;
    expect(redactText(company)).toContain('川Z·5M823');
  });

  it('reads the home after 暂住 from where it is, not from whose it is (暂住其女胡晓梅位于…)', () => {
    const text =
      '当事人：某某健康管理有限公司\n胡长林（76岁，暂住其女胡晓梅位于泸县玉蟾街道学院路6号2栋1单元401室的住宅）经邻居介绍到会场。';
    const homes = readDocument(text).personalAddresses.map(({ start, end }) =>
      text.slice(start, end),
    );
    expect(homes).toContain('泸县玉蟾街道学院路6号2栋1单元401室');
    expect(redactText(text)).not.toContain('胡晓梅');
  });

  it('reads a home in the hills written with 社, and one the sentence goes on past', () => {
    const text =
      '当事人：程海龙，男\n经查，流动商贩甘德明（男，46岁，住重庆市綦江区打通镇吉安村三社）与当事人争吵；司马秋菊暂住重庆市江津区德感街道长江村六社。执法人员到蒋涛租住的泸州市江阳区邻玉街道蜀泸大道一段88号5栋2单元301室找到其本人。';
    const redacted = redactText(text);
    for (const home of ['吉安村三社', '长江村六社', '5栋2单元301室'])
      expect(redacted).not.toContain(home);
  });

  it('reads a verb after 当事人 in prose as prose, not as a party named (当事人屠宰未附有…)', () => {
    const text =
      '当事人名称：富顺县鑫旺生猪屠宰有限公司\n统一社会信用代码：91510322MA62X1234K\n当事人屠宰未附有检疫证明的生猪、生猪产品出厂一案，现已调查终结。';
    const parties = readDocument(text).holders.filter((holder) => holder.role === Role.party);
    expect(parties.map((holder) => holder.name?.text)).toEqual(['富顺县鑫旺生猪屠宰有限公司']);
  });

  it('reads no home in a guest’s check-in time, nor in sentences that pass a place', () => {
    const text =
      '当事人：彭玉成\n经查，住宿登记如下：\n姓名：贾思琪\u2063身份证号：511502198507100085\u2063入住时间：2025-03-14 18:07\u2063户籍地址：四川省宜宾市翠屏区李庄镇安石村7组\n该协议由双河村七组组长周宗林作为见证人签名。福集镇龙城社区网格员邓晓林在入户走访时发现龙城印象小区一住户家中有幼儿。';
    const reading = readDocument(text);
    const homes = reading.personalAddresses.map(({ start, end }) => text.slice(start, end));
    expect(homes).toEqual(['四川省宜宾市翠屏区李庄镇安石村7组']);
  });

  it('reads a 公示 table typed with spaces: the homes of its parties, not their names', () => {
    const text =
      '南江县农业农村局\n关于动物防疫行政处罚案件处理结果的公示\n\n序号  当事人    住址                    处理结果\n1     岳建军    南江县长赤镇新桥村4组    罚款3000元\n2     南江县康源黄羊养殖专业合作社  南江县关坝镇白头村6组  罚款2000元\n';
    const reading = readDocument(text);
    const homes = reading.personalAddresses.map(({ start, end }) => text.slice(start, end));
    expect(homes).toEqual(['南江县长赤镇新桥村4组']);
    expect(reading.thirdPartyNames.map((scoped) => scoped.name)).not.toContain('岳建军');
  });

  it('reads a table typed with spaces by its header: names under 姓名, homes under 住址', () => {
    const text =
      '当事人：某某理疗馆\n购买者情况如下：\n序号  姓名      年龄  住址                        台数  金额（元）\n1     郑德才    81    叙州区柏溪街道七星村5组       1     3980\n2     上官德明  79    叙州区观音镇冒水村2组         1     3980\n其中郑德才系邻居介绍。';
    const reading = readDocument(text);
    const homes = reading.personalAddresses.map(({ start, end }) => text.slice(start, end));
    expect(homes).toEqual(['叙州区柏溪街道七星村5组', '叙州区观音镇冒水村2组']);
    const names = reading.thirdPartyNames.map((scoped) => scoped.name);
    expect(names).toEqual(expect.arrayContaining(['郑德才', '上官德明']));
  });

  it('reads a register typed with ideographic spaces: the address beside an ID is a home', () => {
    const text =
      '被处罚人：周德贵\n经营场所：泸州市江阳区大山坪街道东门口路47号\n\n房号　姓名　身份证号　户籍地址\n203　范晓燕　510322199508261523　四川省富顺县琵琶镇高峰村3组';
    const redacted = redactText(text);
    expect(redacted).not.toContain('高峰村3组');
    expect(redacted).toContain('东门口路47号');
  });

  it('a listing’s 自然人 decides over the clinic named in the same row; 执业地址 is the clinic’s', () => {
    const text =
      '序号：3⁣行政相对人名称：易德仁⁣相对人类别：自然人⁣证件号码：511523195812020038⁣联系地址：江安县江安镇竹都大道东段66号5幢3单元201室⁣机构名称：江安县江安镇易德仁中医诊所；执业地址：江安县江安镇江城路172号';
    const redacted = redactText(text);
    expect(redacted).not.toContain('竹都大道东段66号');
    expect(redacted).toContain('江安县江安镇江城路172号');
  });

  it('reads labels written in black brackets (【地址】…) as labels, not the placeholder', () => {
    const text =
      '【当事人】肖永福\n【性别】男\n【身份证件号码】511083196809303911\n【地址】隆昌市金鹅街道北关路33号1栋2单元602室\n【联系方式】183-8326-0571';
    const once = redactText(text);
    expect(once).not.toContain('北关路33号');
    // The address found whole, from after the label's 】 (not the 】 with it).
    expect(redactText('【户籍所在地】威远县连界镇蒋家村2组47号')).toBe(
      '【户籍所在地】威远县【已脱敏】',
    );
    expect(once).toContain('【当事人】肖永福');
    expect(redactText(once)).toBe(once);
  });

  it('reads a person’s post at a company in a run-on block as no sign the party is one', () => {
    const text =
      '当事人：邹建明，男，1981年5月8日出生，联系地址内江市市中区玉溪路南段滨江郦城3栋1单元502室，现任内江安固劳务有限公司（统一社会信用代码：91511000MA6AT9FE42）法定代表人。';
    expect(holders(text)[0]).toEqual([Role.party, HolderKind.person, '邹建明']);
    expect(redactText(text)).not.toContain('滨江郦城');
  });

  it('reads several parties: numbered (违法行为人二：) and in rows under a heading of people', () => {
    const numbered =
      '违法行为人一：周德贵，男，1971年4月12日出生\n\n违法行为人二：罗小平，男，1985年11月3日出生\n\n现查明：周德贵、罗小平伙同刘成富（另案处理）赌博。';
    expect(holders(numbered)).toEqual([
      [Role.party, HolderKind.person, '周德贵'],
      [Role.party, HolderKind.person, '罗小平'],
    ]);
    const rows =
      '违法行为人基本情况：\n序号⁣姓名⁣性别⁣联系电话\n序号：1⁣姓名：刘俊⁣性别：男⁣联系电话：139-8103-6251\n序号：2⁣姓名：张浩然⁣性别：男⁣联系电话：17708316642\n\n现查明：刘俊、张浩然与王浩宇（另案处理）斗殴。';
    expect(holders(rows)).toEqual([
      [Role.party, HolderKind.person, '刘俊'],
      [Role.party, HolderKind.person, '张浩然'],
    ]);
    expect(redactText(rows)).toContain('现查明：刘俊、张浩然与');
  });

  it('reads a row of a table exported with bars that holds an ID; a 户主 heading a decision is its party', () => {
    const rows =
      '当事人：某某市场管理有限公司\n\n摊位号 | 经营者 | 身份证号 | 住址 | 经营品种\nA-03 | 陈德贵 | 510504197203142135 | 泸县玄滩镇民主村3组 | 猪肉\n';
    const spans = readDocument(rows).personalAddresses.map((span) =>
      rows.slice(span.start, span.end),
    );
    expect(spans).toEqual(['泸县玄滩镇民主村3组']);
    const head =
      '户主：邓国华\n性别：男\n家庭住址：纳溪区护国镇石龙村5组\n\n2022年4月起，邓国华每月465元。';
    expect(holders(head)[0]).toEqual([Role.party, HolderKind.person, '邓国华']);
  });

  it('keeps a 个体工商户’s registered place in a listing row, not its operator’s contact address', () => {
    const text =
      '序号：1⁣行政相对人名称：泸县福集镇兴隆建材经营部 （经营者：姚德兵）⁣类别：个体工商户⁣统一社会信用代码/身份证号码：92510521MA6AH2W920⁣住所（地址）：泸县福集镇龙城大道三段218号附2号⁣决定书文号：泸县综执罚〔2025〕0031号\n' +
      '序号：2⁣行政相对人名称：江安县留耕镇刘记手工米花糖作坊 （经营者：刘永福）⁣相对人类别：个体工商户⁣证件号码：92511523MA62LJ6B4T⁣联系地址：江安县留耕镇石龙村7组16号⁣联系电话：158 8317 6402\n';
    const redacted = redactText(text);
    expect(redacted).toContain('泸县福集镇龙城大道三段218号附2号');
    expect(redacted).not.toContain('石龙村7组16号');
  });

  it('reads a listing row by its 当事人类别 and by what its code/ID column holds', () => {
    const text =
      '序号：2⁣行政处罚决定书文号：江阳市监处罚〔2024〕193号⁣当事人名称：王海燕⁣当事人类别：自然人⁣统一社会信用代码/身份证号：510502199311151529⁣法定代表人（负责人、经营者）：/⁣地址：泸州市江阳区大山坪街道蜀泸大道三段19号2栋3单元602室\n' +
      '序号：3⁣行政处罚决定书文号：江阳市监处罚〔2024〕201号⁣当事人名称：泸州鼎晟商贸有限公司⁣当事人类别：法人⁣统一社会信用代码/身份证号：91510502MA62A7QF2B⁣法定代表人（负责人、经营者）：陈国栋⁣地址：泸州市江阳区酒城大道一段36号';
    const redacted = redactText(text);
    expect(redacted).not.toContain('蜀泸大道三段19号');
    expect(redacted).toContain('江阳市监处罚〔2024〕201号');
    expect(redacted).toContain('泸州市江阳区酒城大道一段36号');
    expect(redacted).toContain('王海燕');
  });
});

describe('a notice to the households it lists', () => {
  it('reads a table under 下列住户 as the addressees’ (public names, private homes), a padded name too', () => {
    const text = [
      '太和县城市管理局',
      '责令限期改正通知书（公告送达）',
      '    经查，下列住户在太和县城关镇颍河路御景园小区内，擅自毁坏小区公共绿地种植蔬菜。',
      '  序号  责任人    用户地址                   联系电话       占用面积',
      '  1     王庆山    御景园小区3栋1单元102室    13705589214    约18㎡',
      '  4     赵 强     御景园小区6栋2单元102室    ——             约9㎡',
      '    本通知书已于2025年3月14日直接送达王庆山。',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).toContain('直接送达王庆山');
    expect(redacted).toContain('赵 强');
    expect(redacted).not.toContain('3栋1单元102室');
    expect(redacted).not.toContain('6栋2单元102室');
  });
});

describe('tables of guarantors', () => {
  it('reads a text table’s row by whose cell is left of each address: a company’s 住所 stays, its guarantor’s home and name go', () => {
    const text = [
      '莒县自然资源和规划局',
      '2024年第三季度批准延期（分期）缴纳罚款情况公示',
      '序号  当事人                 住址/住所                        原处罚决定书文号         罚款金额(元)  担保人                 担保人身份证号          担保人住址',
      ' 1    孙德福                 莒县阎庄街道大沈庄村             莒自然资罚〔2024〕57号        26400      孙德禄（兄）           371122196905141736      莒县阎庄街道大沈庄村',
      ' 3    莒县宏泰石材有限公司   莒县陵阳街道工业园区泰山路6号    莒自然资罚〔2024〕71号       132000      韩振东（股东）         371122196303021155      莒县城阳街道振兴东路189号金鼎花园8号楼2单元302室',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).toContain('莒县宏泰石材有限公司   莒县陵阳街道工业园区泰山路6号');
    expect(redacted).not.toContain('金鼎花园8号楼2单元302室');
    expect(redacted).not.toContain('大沈庄村');
    // The guarantor's name, its remark in brackets kept.
    expect(redacted).not.toContain('韩振东');
    expect(redacted).toContain('（股东）');
  });
});

describe('a bulletin of cases', () => {
  it('reads 案例一：NAME…案 titles as naming each case’s party, compound surnames and Tibetan names whole', () => {
    const redacted = redactText(
      '现将我局一季度查处的3起典型案件通报如下：\n案例一：令狐军冒用亲属军官证案\n令狐军，男，41岁。令狐军携妻子、岳父母共4人到景区游玩，出示其妻弟陈立峰的军官证（证件号码：西字第2013107245号）。\n' +
        '案例二：皇甫秀珍冒用亡夫残疾军人证案\n皇甫秀珍，女，62岁。皇甫秀珍的丈夫李德全生前系残疾军人。\n案例三：四郎泽仁冒用他人社会保障卡案\n四郎泽仁，男，藏族，45岁。',
    );
    for (const party of ['令狐军，男', '皇甫秀珍，女', '四郎泽仁，男'])
      expect(redacted).toContain(party);
    for (const third of ['陈立峰', '李德全']) expect(redacted).not.toContain(third);
    // A place may open the title before the party (五、勒流街道江顺荣花盆托盘积水案).
    expect(
      redactText(
        '现将典型案件通报如下：\n五、勒流街道江顺荣花盆托盘积水案\n勒流街道执法人员在众涌村开展入户检查时，发现江顺荣位于勒流街道众涌村大巷东一巷9号的家中天台摆放盆栽。江顺荣年逾七旬，由同村的侄子江伟东代为清理后已整改完毕。',
      ),
    ).toContain('江顺荣年逾七旬');
    // 岳父母 is two kin, no name (母共); 军官证（证件号码…） is a paper, no name (官证).
    expect(redacted).toContain('岳父母共4人');
    expect(redacted).toContain('的军官证（证件号码：');
  });
});

describe('replies to letters', () => {
  it('reads a 县长信箱 reply’s salutation as to the letter’s writer, a private person', () => {
    const text =
      '信件详情-县长信箱-垫江县人民政府\n来 信 人：蒋雪梅⁣联系地址：垫江县桂溪街道牡丹大道二段58号丽景苑5栋2单元301室\n来信内容：我是住户蒋雪梅，楼下火锅店油烟扰民。\n回复内容\n蒋雪梅女士：\n　　您好！您反映的问题收悉，现答复如下：我局已责令该店整改。';
    const redacted = redactText(text);
    expect(redacted).not.toContain('蒋雪梅');
    // 来信人 heads the writer's block: its 联系地址 is hers, under a government's title too.
    expect(redacted).not.toContain('5栋2单元301室');
  });
});

describe('forms pasted one cell to a line', () => {
  it('reads a portal’s grid of divs, a label’s line then its value’s, as label：value', () => {
    const text =
      '行政处罚信息\n行政相对人名称\n姜浩宇\n行政相对人类别\n自然人\n出生日期\n2008年3月2日\n现住址\n梨树县梨树镇胜利街道幸福小区3栋2单元501室\n处罚决定日期\n2024年6月3日\n执法人员\n孟繁宇（15042920031）　乌兰（15042920046）';
    const found = scanText(text);
    expect(found.some((finding) => finding.kind === 'minor')).toBe(true);
    const redacted = redactText(text);
    expect(redacted).not.toContain('3栋2单元501室');
    expect(redacted).toContain('孟繁宇（15042920031）');
  });

  it('reads a 送达回证’s address under its spaced label as the addressee’s home, a person’s only', () => {
    const form = (addressee: string) =>
      `送达回证\n受 送 达 人\n${addressee}\n送 达 地 址\n醴陵市来龙门街道瓷城大道北路36号恒大名都7栋2单元1203室\n送 达 方 式\n直接送达`;
    expect(redactText(form('慕容晓雯'))).not.toContain('7栋2单元1203室');
    expect(redactText(form('醴陵市恒远置业有限公司'))).toContain('7栋2单元1203室');
  });
});

describe('a bracket saying where someone is from', () => {
  it('reads a name before （…籍） or a passport in brackets as a person’s', () => {
    const redacted = redactText(
      '当事人：某某钻井工程有限公司\n施工期间钻机机长巴图（内蒙古籍）负责操作。房屋出租：黄小兰（湖北籍）、吴建波（江西籍）等4户。乐队成员金秀妍（KIM SOOYEON，韩国籍，护照号码M12345678）演出。',
    );
    for (const name of ['巴图', '黄小兰', '吴建波', '金秀妍']) expect(redacted).not.toContain(name);
    // The same person's name in Latin letters, first in the bracket, goes with it.
    expect(redacted).not.toContain('KIM SOOYEON');
  });
});

describe('a party’s capacity after its number', () => {
  it('reads 当事人一（登记经营者） and 当事人二（实际经营者） as parties, each block its own', () => {
    const text =
      '当事人一（登记经营者）：徐长海\n户籍地址：新民市大民屯镇大民屯村三组\n当事人二（实际经营者）：孙海龙\n现住址：新民市东城街道站前路19号楼2单元4楼东户\n当事人（签名）：';
    expect(holders(text)).toEqual([
      [Role.party, HolderKind.person, '徐长海'],
      [Role.party, HolderKind.person, '孙海龙'],
    ]);
    const redacted = redactText(text);
    expect(redacted).not.toContain('大民屯村三组');
    expect(redacted).not.toContain('4楼东户');
  });
});

describe('words that name no one there', () => {
  it('reads 送达文书 as the document served, not a village clerk, and 村文书 as the clerk', () => {
    const redacted = redactText(
      '被处罚人：罗成刚\n送达文书：印公（红）行罚决字〔2024〕0412号\n\n公告\n印公告字〔2025〕7号\n村文书李德明到场见证。',
    );
    expect(redacted).toContain('印公（红）行罚决字〔2024〕0412号');
    expect(redacted).toContain('印公告字〔2025〕7号');
    expect(redacted).not.toContain('李德明');
  });

  it('keeps a division’s own closing (本处地址) and an officer known by a credential whose name no surname rule reads', () => {
    const text =
      '代收人签收的，送达日期以代收人签收日期为准。\n\n本处地址：监利市容城镇江城路268号        电话：0716-3322091\n经办人：索南才仁（执法证号：63272224007）';
    expect(redactText(text)).toBe(text);
  });

  it('takes a shelter a row sends a person to for no one’s home', () => {
    const html =
      '<p>新沙村经济联社、下列房屋出租人：</p><table>' +
      '<tr><td><b>出租屋</b></td><td><b>房屋出租人</b></td><td><b>房号</b></td><td><b>承租人</b></td><td><b>联系电话</b></td><td><b>人数</b></td><td><b>转移去向</b></td></tr>' +
      '<tr><td rowspan="2">北约七巷11号</td><td rowspan="2">梁耀明</td><td>北约七巷11号一楼前房</td><td>蒙志坚</td><td>13286351874</td><td>4</td><td>新沙小学体育馆</td></tr>' +
      '<tr><td>北约七巷11号一楼后房</td><td>杨秀珍</td><td>17620458137</td><td>2</td><td>新沙村文化室</td></tr>' +
      '<tr><td>西约涌边街22号</td><td>何润森</td><td>西约涌边街22号首层</td><td>韦小燕</td><td>19928730561</td><td>3</td><td>新沙村文化室</td></tr>' +
      '</table><p>临时安置点：新沙小学体育馆（新沙村南约大街1号）、新沙村文化室（新沙村北约大街38号）。</p>';
    const { html: redacted } = scanAndRedactHtml(html);
    expect(redacted).toContain('<td>新沙村文化室</td>');
    expect(redacted).toContain('新沙村文化室（新沙村北约大街38号）');
    expect(redacted).not.toContain('19928730561');
  });
});

describe('a notice’s people and its office', () => {
  it('keeps the people a notice orders by their role word (下列设置人) and the office it sends the public to', () => {
    const html =
      '<p>现责令下列设置人于2024年10月31日前自行清除航道内的网围、网箱。</p><table>' +
      '<tr><td>序号</td><td>设置人</td><td>联系地址</td><td>联系电话</td></tr>' +
      '<tr><td>1</td><td>唐学忠</td><td>老子山镇渔民新村安置小区11幢204室</td><td>13852370416</td></tr>' +
      '<tr><td>2</td><td>陈广林</td><td>西顺河镇洪湖村五组27户</td><td>13905232618</td></tr></table>' +
      '<p>清理过程中如需帮助，可联系区交通运输综合行政执法大队（联系人：孙立波，电话：0517-87225810；地址：洪泽区东七街35号）。</p>';
    const { html: redacted } = scanAndRedactHtml(html);
    for (const kept of ['唐学忠', '陈广林', '孙立波', '0517-87225810', '洪泽区东七街35号'])
      expect(redacted).toContain(kept);
    for (const gone of ['11幢204室', '13852370416', '洪湖村五组27户', '13905232618'])
      expect(redacted).not.toContain(gone);
    // A 设置人 no notice lists is a third person still.
    expect(redactText('当事人：王建\n设置人：唐学忠')).not.toContain('唐学忠');
  });
});

describe('names no surname rule reads', () => {
  it('reads Qinghai’s spellings of Tibetan names, a hired herdsman’s dotted name, and a name after a signature’s mark', () => {
    const redacted = redactText(
      '申请人：扎西多杰\n联系电话：13909751234（本人）\n本告知书由你儿子才仁江才于2024年9月12日签收。向村生态管护员昂文扎西报告。\n其雇用的牧工叶尔兰·努尔兰在夏牧场放牧，牧户王德才证实。\n收件人签名：〔签名〕马桂兰（受送达人母亲代收）',
    );
    for (const name of ['才仁江才', '昂文扎西', '叶尔兰·努尔兰', '王德才', '马桂兰'])
      expect(redacted).not.toContain(name);
    expect(redacted).toContain('扎西多杰');
  });
});

describe('owners in a table', () => {
  it('takes a decision’s ledger of customers under 车主 for third persons, a notice’s owners for its parties', () => {
    const ledger = (title: string) =>
      `${title}\n\n当事人提供的收费记录本显示部分客户收费情况如下：\n\n　　序号　日期　　车主　　　　　　　　　　车牌号　　　服务项目　　　　　　　　　收费（元）\n　　１　　6.03　　孙德福　　　　　　　　　辽F A7263　 补胎4条、动平衡　　　　　　1280\n　　２　　6.05　　宋玉梅　　　　　　　　　辽F 3Q617　 更换机油、机滤　　　　　　　460`;
    expect(redactText(ledger('东港市市场监督管理局行政处罚决定书'))).not.toContain('宋玉梅');
    expect(redactText(ledger('关于强制注销机动车登记的公告'))).toContain('宋玉梅');
  });
});

describe('a table a page turn cuts', () => {
  it('reads its rows on after the footer, the page number and the next page’s header', () => {
    const text =
      '东港市市场监督管理局行政处罚决定书\n东市监处罚〔2024〕227号\n\n当事人提供的收费记录本显示部分客户收费情况如下：\n\n　　序号　日期　　车主　　　　　　　　　　车牌号　　　服务项目　　　　　　　　　收费（元）\n　　１　　6.03　　宋玉梅　　　　　　　　　辽F A7263　 补胎4条、动平衡　　　　　　1280\n\n东港市市场监督管理局行政处罚决定书　　　　　　　　　　　　　　　第１页　共３页\n\n东市监处罚〔2024〕227号\n　　２　　6.11　　鞠　强　　　　　　　　　辽F 8N550　 四轮定位、补胎1条　　　　　 320\n';
    expect(redactText(text)).not.toContain('鞠　强');
  });
});

describe('a listing whose rows are decisions', () => {
  it('names each row’s party in its first role’s cell, and the rest of the row as they are', () => {
    const html =
      '<p>关于婚车车队故意遮挡号牌违法行为处罚情况的公示</p><table>' +
      '<tr><th>序号</th><th>决定书编号</th><th>驾驶人</th><th>驾驶证号</th><th>号牌号码</th><th>车辆所有人</th></tr>' +
      '<tr><td>1</td><td>4407811000127853</td><td>黄锦添</td><td>440781198805120312</td><td>粤J·3K8Q6</td><td>黄锦添</td></tr>' +
      '<tr><td>2</td><td>4407811000127854</td><td>伍振邦</td><td>440781199102230579</td><td>粤J·D27516</td><td>伍振邦之父伍国基</td></tr></table>';
    const { html: redacted } = scanAndRedactHtml(html);
    expect(redacted).toContain('<td>伍振邦</td>');
    expect(redacted).not.toContain('伍国基');
    expect(redacted).not.toContain('440781199102230579');
  });
});

describe('interpreters', () => {
  it('reads an interpreter named by the language as a third person, not the verb', () => {
    const redacted = redactText(
      '当事人：庞秀琼\n经我局民警对阮氏香进行询问（越南语翻译：黎玉珍），阮氏香证实其从未认识庞秀琼。经本局聘请的俄语翻译刘晓婷协助陈述。',
    );
    expect(redacted).not.toContain('黎玉珍');
    expect(redacted).not.toContain('刘晓婷');
    expect(redacted).toContain('庞秀琼');
  });
});

describe('what people call someone', () => {
  it('removes a third person’s nickname people use (人称“阿英”, 店内称“阿芳”), not a party’s, nor a statement', () => {
    const redacted = redactText(
      '当事人：黄伟雄\n经媒人林某某（人称“阿英”，家住仙游县城东镇）介绍。由店内员工梁某某（店内称“阿芳”）冲泡。黄伟雄（人称“阿雄”）到场。当事人称“不知道”。',
    );
    expect(redacted).not.toContain('阿英');
    expect(redacted).not.toContain('阿芳');
    expect(redacted).toContain('阿雄');
    expect(redacted).toContain('不知道');
  });
});

describe('a name in its own script after the nationality', () => {
  it('removes a foreign spouse’s Latin name that follows the nationality in the bracket', () => {
    const redacted = redactText(
      '当事人：阮伟明\n当事人之妻黎秋红（越南籍，LE THI HONG）负责收款。',
    );
    expect(redacted).not.toContain('LE THI HONG');
    expect(redacted).toContain('越南籍');
  });
});

describe('officers’ credentials', () => {
  it('keeps an officer’s credential in brackets after the name, though its digits read as a mobile', () => {
    const redacted = redactText(
      '当事人：张三，男\n执法人员：梁志强（14078120102）、温晓军（14078120115）\n执法人员⁣孟繁宇（15042920031）\n联系人：王五，电话13812345678\n证人李四（13990652287）证实。',
    );
    for (const credential of ['14078120102', '14078120115', '15042920031'])
      expect(redacted).toContain(credential);
    // A phone stays someone's: labelled, or in a third person's bracket.
    expect(redacted).not.toContain('13812345678');
    expect(redacted).not.toContain('13990652287');
  });
});

describe('identity papers', () => {
  it('removes a military card’s number after an identity label, not a 文号 of the same form nor an officer’s credential', () => {
    const redacted = redactText(
      '当事人：陈立峰，男\n身份证明名称：军官证   证件号码：北字第2016038472号\n' +
        '其出示军官证（证件号码：西字第2013107245号），《残疾军人证》（证号：川军残字第0031874号），' +
        '伪造士兵证，证件号码为“兵字第0758231号”。\n依据锡公交罚字第2025031号决定。执法人员：王明（执法证号：蒙执字第15060221号）',
    );
    for (const number of ['2016038472', '2013107245', '0031874', '0758231'])
      expect(redacted).not.toContain(number);
    expect(redacted).toContain('锡公交罚字第2025031号');
    expect(redacted).toContain('蒙执字第15060221号');
  });

  it('removes a work permit’s number wherever the document writes it, and a table’s passport and permit columns', () => {
    const redacted = redactText(
      '当事人：约翰·史密斯（JOHN SMITH）\n护照号码：538102647⁣工作许可证号：330200202300874\n' +
        '一、撤销约翰·史密斯的外国人来华工作许可（许可证号：330200202300874）；\n食品经营许可证号：JY13302030012345',
    );
    expect(redacted).not.toContain('330200202300874');
    expect(redacted).toContain('JY13302030012345');
    const table = redactText(
      [
        '序号  姓名（护照姓名）               国籍      护照号码      工作许可证号        聘用单位                          决定',
        ' 3    佐藤健一（SATO KENICHI）       日本      TR4417295     370200201800147    青岛樱和食品有限公司               注销',
        ' 4    亚历山大·伊万诺夫              俄罗斯    753160482     370200202200731    青岛北方丝路国际贸易有限公司       撤销',
      ].join('\n'),
    );
    for (const number of ['TR4417295', '370200201800147', '753160482', '370200202200731'])
      expect(table).not.toContain(number);
    expect(table).toContain('青岛樱和食品有限公司');
  });
});

describe('minors', () => {
  const closing = '\n\n泸州市江阳区市场监督管理局\n2024年3月20日';
  it.each<[string, string, string | undefined]>([
    ['the ID’s birth date', `当事人：王小明\n身份证号：510502200805030011${closing}`, '王小明'],
    ['an explicit 出生日期', `当事人：王小明\n出生日期：2008年5月3日${closing}`, '王小明'],
    ['an age', `当事人：王小明，男，16岁${closing}`, '王小明'],
    [
      'a printed form’s labels set apart by wide spaces, no colon',
      `当事人基本情况\n姓名  先俊豪        性别  男\n出生日期  2007年9月18日（17周岁）\n住址  合江县合江镇九支街18号${closing}`,
      '先俊豪',
    ],
    [
      'a birth date a PDF’s line cut (出生日期：2009年5⏎月12日)',
      `违法行为人：陈梓轩，性别：男，出生日期：2009年5\n月12日，身份证件种类及号码：居民身份证\n510521200905123175，户籍所在地：泸县云龙镇观音村8组${closing}`,
      '陈梓轩',
    ],
    [
      'an ID a PDF’s line put after its type (居民身份证⏎5105…)',
      `违法行为人：陈梓轩，性别：男，身份证件种类及号码：居民身份证\n510521200905123175，户籍所在地：泸县云龙镇观音村8组${closing}`,
      '陈梓轩',
    ],
    [
      'not a text table’s row of titles (序号  姓名  关系)',
      `关于对李光明户房屋实施强制搬迁的公告\n    序号  姓名      关系    出生日期\n    1     李小浩    孙子    2016年1月20日${closing}`,
      undefined,
    ],
    [
      'said in the facts',
      `当事人：王小明，男\n\n鉴于当事人系未满十八周岁的未成年人，从轻处罚。${closing}`,
      '王小明',
    ],
    [
      'said of the party by name',
      `当事人：王小明，男\n\n鉴于王小明系已满十六周岁不满十八周岁的未成年人，从轻处罚。${closing}`,
      '王小明',
    ],
    [
      'a printed form: labels set apart by wide spaces, no colons',
      `违法行为人  王小明    性别  男\n出生日期  2008年5月3日\n家庭住址  合江县白沙镇梯子村6组${closing}`,
      '王小明',
    ],
    [
      'said of someone the party is named beside',
      `当事人：张三，男\n\n经查，张三的同学王小明未满十八周岁。${closing}`,
      undefined,
    ],
    [
      'a 陈述申辩笔录, whose 陈述申辩人 is the party',
      `陈述申辩人：王小明　性别：男　出生日期：2008年9月14日\n法定代理人：王建军（系王小明之父）${closing}`,
      '王小明',
    ],
    [
      'OCR: a spaced-out name, O read for 0 in the dates',
      '违法行为人 向 子 轩 ，男，2O11年8月9日出生\n\n经查，向子轩用石块划刮车辆。\n\n旺苍县公安局\n2O25年3月4日',
      '向 子 轩',
    ],
    [
      'a salutation naming the guardian in its bracket, then the child described',
      `邬蕾（法定代理人：付春兰）：\n　　邬蕾，女，2008年2月19日出生，公民身份号码510504200802190627，住泸州市龙马潭区春雨路18号。\n　　法定代理人付春兰，女，系邬蕾之母，公民身份号码510504198107163029。${closing}`,
      '邬蕾',
    ],
    [
      'a 送达回证 saying its addressee is a minor',
      `送 达 回 证\n受送达人        龙宇航（男，苗族，七星关区第八中学初三学生）\n送达方式        留置送达\n\n    受送达人系未成年人，本回证及所附文书依法不予公开。${closing}`,
      '龙宇航',
    ],
    [
      'a foreign child named in Latin letters (U ZAW MIN: a one-letter first word)',
      `违法行为人：MA HNIN WAI（中文译名：玛宁薇），女，2008年5月10日出生，国籍：缅甸。\n法定代理人：U ZAW MIN（中文译名：吴佐敏），男，系违法行为人之父。${closing}`,
      'MA HNIN WAI',
    ],
    [
      'a 落款 date set right with spaces, a later date in the decision (期限至2028年)',
      '被决定人：向熠\n性别：男\n出生日期：2008年12月3日（16周岁）\n\n现决定责令向熠接受社区戒毒，期限三年，自2025年10月21日起至2028年10月20日止。\n\n                                        沅陵县公安局\n                                        2025年10月21日',
      '向熠',
    ],
    [
      'who claims state compensation (赔偿请求人)',
      `赔偿请求人：艾克拜尔·吐尔洪，男，2008年2月14日出生，维吾尔族。\n法定代理人：吐尔洪·买买提，系赔偿请求人之父。${closing}`,
      '艾克拜尔·吐尔洪',
    ],
    [
      'who sued the agency (原告), in a judgment’s excerpt',
      `原告姓名\u2063泽仁拉姆\n性别\u2063女\n出生日期\u20632009年4月6日\n被告\u2063康定市公安局${closing}`,
      '泽仁拉姆',
    ],
    [
      'a reward notice to a child who reported (举报人, its first block)',
      `举报人：苏日格，男，蒙古族，2009年3月2日出生，初三学生。\n法定代理人：乌日娜，女，系举报人之母。\n\n奖励金汇入户名：乌日娜的账户。${closing}`,
      '苏日格',
    ],
    [
      'a paid rescue’s fee notice to a teenage hiker (被救援人)',
      `被救援人：卢奕辰，男，2008年5月11日出生，杭州市某中学高二学生。\n法定代理人：卢海军（系卢奕辰之父）。${closing}`,
      '卢奕辰',
    ],
    ['18 on the day', `当事人：王小明\n出生日期：2006年3月20日${closing}`, undefined],
    ['an adult', `当事人：王小明\n身份证号：510502198503150016${closing}`, undefined],
    [
      'a listing row whose remark says another person is under 18 (与其表弟郑泽楷…，郑泽楷未满十八周岁)',
      `当事人：郑泽鑫，公民身份号码445281199710232938，与其表弟郑泽楷共同经营，郑泽楷未满十八周岁，已责令其监护人严加管教。${closing}`,
      undefined,
    ],
    [
      'the same remark once redacted (郑某某未满十八周岁; the ID under a code label removed)',
      `当事人：郑泽鑫\n统一社会信用代码（身份证号码）：【已脱敏】\n备注：与其表弟郑某某共同经营，郑某某未满十八周岁，已责令其监护人严加管教。${closing}`,
      undefined,
    ],
    [
      'a minor witness is not a minor’s decision',
      `当事人：张三\n证人：王小明，16岁${closing}`,
      undefined,
    ],
  ])('%s', (_name, text, child) => {
    expect(readDocument(text).minors[0]?.name).toBe(child);
  });

  it.each([
    [
      'in the bracket after the name',
      '违法行为人：MA HNIN WAI（中文译名：玛宁薇），女，2008年5月10日出生，国籍：缅甸。\n法定代理人：U ZAW MIN（中文译名：吴佐敏），男，系违法行为人之父。\n现查明：违法行为人MA HNIN WAI入境务工。以上事实有违法行为人玛宁薇的陈述。',
    ],
  ])('removes a foreign child’s name in both scripts, %s', (_name, body) => {
    const redacted = redactText(`${body}${closing}`);
    expect(redacted).not.toContain('MA HNIN WAI');
    expect(redacted).not.toContain('玛宁薇');
  });

  it('removes a child’s name from the 送达回证 that follows the decision and cites its number', () => {
    const text =
      '合江县财政局\n行政处罚决定书\n合财罚决〔2024〕3号\n\n当事人：赵子轩，男，2006年12月3日出生。\n法定代理人：赵永强（系当事人之父）。\n\n经查明，当事人变造会计凭证。\n\n                                        合江县财政局\n                                      2024年6月20日\n\n----------------\n送 达 回 证\n送达文书：行政处罚决定书（合财罚决〔2024〕3号）\n受送达人：赵子轩\n收件人签名：赵子轩  赵永强（法定代理人）\n送达日期：2024年6月21日';
    const redacted = redactText(text);
    expect(redacted).not.toContain('赵子轩');
    expect(redacted).not.toContain('赵永强');
  });

  it('keeps every party of a 曝光台’s numbered rows, each row its own party', () => {
    const row = (n: number, name: string, id: string) =>
      `<tr><td>${n}</td><td>${name}</td><td>男</td><td>${id}</td><td>饮酒驾驶，罚款1000元</td></tr>`;
    const html = `<h1>夷陵交警2025年第14周酒驾醉驾曝光台</h1><p>现将部分违法驾驶人予以曝光：</p><table><tr><td>序号</td><td>姓名</td><td>性别</td><td>驾驶证号</td><td>处理结果</td></tr>${row(1, '邓光明', '420506198002143014')}${row(2, '杜娟', '420502198906072823')}${row(3, '向红', '422802198509136334')}</table><p>第3号驾驶人向红驾驶的是宜昌夷陵通达物流有限公司所属营运货车。</p>`;
    const redacted = scanAndRedactHtml(html).html;
    for (const name of ['邓光明', '杜娟', '向红']) expect(redacted).toContain(name);
    expect(redacted).not.toContain('420502198906072823');
  });

  it('removes a foreign child’s name in both scripts, in the table row below the name', () => {
    const html =
      '<table><tr><td>违法行为人姓名</td><td>MA HNIN WAI</td></tr><tr><td>中文译名</td><td>玛宁薇</td></tr><tr><td>出生日期</td><td>2008年5月10日</td></tr></table><p>以上事实有违法行为人玛宁薇、MA HNIN WAI的陈述。</p><p>泸州市江阳区市场监督管理局</p><p>2024年3月20日</p>';
    const redacted = scanAndRedactHtml(html).html;
    expect(redacted).not.toContain('MA HNIN WAI');
    expect(redacted).not.toContain('玛宁薇');
  });

  it('reads a household table’s members as family, not parties (与户主关系：孙子 is no minor party)', () => {
    const text =
      '当事人：杨开文，男，1956年7月11日出生\n家庭成员情况如下：\n成员姓名\u2063与户主关系\u2063身份证号\n成员姓名：杨开文\u2063与户主关系：户主\u2063身份证号：510524195607111534\n成员姓名：杨梓轩\u2063与户主关系：孙子\u2063身份证号：510524201405183394\n\n叙永县民政局\n2024年9月6日';
    const reading = readDocument(text);
    expect(reading.minors).toEqual([]);
    expect(reading.thirdPartyNames.map((scoped) => scoped.name)).toContain('杨梓轩');
  });

  it('reads a table row whose relation to the case is the offender’s as the party (a minor)', () => {
    const text =
      '行政处罚决定书\n违法行为人及相关人员情况：\n姓名\u2063性别\u2063出生日期\u2063与本案关系\n姓名：高雅琪\u2063性别：女\u2063出生日期：2008-03-15\u2063与本案关系：违法行为人\n姓名：高建军\u2063性别：男\u2063出生日期：1979-10-05\u2063与本案关系：监护人（父亲）\n现查明：违法行为人高雅琪盗窃口红2支。\n正定县公安局\n2024年7月22日';
    const reading = readDocument(text);
    expect(reading.minors.map((minor) => minor.name)).toEqual(['高雅琪']);
    const redacted = redactText(text);
    for (const name of ['高雅琪', '高建军']) expect(redacted).not.toContain(name);
  });

  it('reads a text table of the tenants a notice lists (下列承租人) as its parties: names kept, flats not', () => {
    const text = [
      '关于催缴公共租赁住房欠缴租金的公告',
      '　　下列承租人承租我区公共租赁住房，累计欠缴租金6个月以上，现予以公告催缴。',
      '序号\t承租人\t承租房屋\t欠缴金额（元）\t备注',
      '1\t陈国平\t苏祠街道三苏大道北段幸福家园公租房5栋1单元702室\t4,368.00\t电话停机',
      '2\t王　建\t修文镇修文社区修文公租房2栋301室\t5,280.00\t承租人已故',
      '3\t敬小红\t苏祠街道三苏大道北段幸福家园公租房5栋1单元704室\t2,640.00\t',
      '　　第2户承租人王建已于2024年3月病故。',
      '眉山市东坡区住房和城乡建设局',
      '2025年1月20日',
    ].join('\n');
    const redacted = redactText(text);
    for (const name of ['陈国平', '王　建', '王建', '敬小红']) expect(redacted).toContain(name);
    for (const flat of ['5栋1单元702室', '2栋301室', '5栋1单元704室'])
      expect(redacted).not.toContain(flat);
    expect(redactText(redacted)).toBe(redacted);
  });

  it('reads a column 用户名 under 下列热用户 as the notice’s parties', () => {
    const text = [
      '关于责令限期改正违规用热行为的公告',
      '现予公告，责令下列热用户自本公告发布之日起十日内改正：',
      '序号  用户名     用户地址                                  违规情形',
      ' 1    门淑珍     绿园区正阳街道普阳街2288号锦绣家园9栋2门402   户内加装管道泵1台',
      ' 2    吕长海     绿园区正阳街道普阳街2288号锦绣家园11栋1门601  私自开栓用热',
      '　　第2户吕长海长期在外地。',
      '长春市绿园区住房和城乡建设局',
      '2023年12月1日',
    ].join('\n');
    const redacted = redactText(text);
    for (const name of ['门淑珍', '吕长海']) expect(redacted).toContain(name);
    expect(redacted).not.toContain('9栋2门402');
  });

  it('reads an ID the agency masked under 证件号码/统一社会信用代码 as a person’s: the row’s 住址 is a home', () => {
    const text =
      '10月行政处罚信息公示\n序号\u2063当事人\u2063证件号码/统一社会信用代码\u2063住址/地址\n序号：1\u2063当事人：胡志强\u2063证件号码/统一社会信用代码：330784********2138\u2063住址/地址：永康市东城街道九铃东路一号院6幢2单元301室\n\n永康市综合行政执法局\n2024年11月5日';
    const reading = readDocument(text);
    expect(reading.personalAddresses.map((span) => text.slice(span.start, span.end))).toEqual([
      '永康市东城街道九铃东路一号院6幢2单元301室',
    ]);
  });

  it('reads a monthly list pasted from a PDF, cells wrapped below their rows: parties named, homes removed', () => {
    const text = [
      '固始县自然资源局2024年11月行政处罚决定信息公示',
      '序号  被处罚人                      身份证号/统一社会信用代码      住址/住所                                  违法行为',
      '1     吴长海                        411525197706152414            固始县陈淋子镇吴集村东湾组                  损毁永久性测量标志',
      '                                                                                                             （水准点）',
      '2     河南信合房地产开发有限公司    91411525MA3X2D8L4C            固始县蓼城街道红苏大道东段88号              擅自移动永久性测量标志',
      '3     杨德才                        411525196512083014            固始县胡族铺镇光明村杨楼组                  非法占用集体土地建住宅',
      '固始县自然资源局',
      '2024年12月2日',
    ].join('\n');
    const redacted = redactText(text);
    for (const kept of ['吴长海', '杨德才', '固始县蓼城街道红苏大道东段88号'])
      expect(redacted).toContain(kept);
    for (const home of ['吴集村东湾组', '光明村杨楼组']) expect(redacted).not.toContain(home);
  });

  it('reads objectors (异议人) and their flats under 房屋 as third persons’ homes', () => {
    const text =
      '关于加装电梯异议协调结果的公示\n异议人\u2063房屋\u2063异议内容\n异议人：陈秀珍\u2063房屋：3号楼101室\u2063异议内容：采光受影响\n异议人：郑雅琴\u2063房屋：3号楼201室\u2063异议内容：噪声\n\n福州市鼓楼区东街街道办事处\n2024年9月10日';
    const reading = readDocument(text);
    expect(reading.personalAddresses.map((span) => text.slice(span.start, span.end))).toEqual([
      '3号楼101室',
      '3号楼201室',
    ]);
    expect(reading.thirdPartyNames.map((scoped) => scoped.name)).toContain('陈秀珍');
  });

  it('reads a text table typed with single spaces between some columns (序号 乡镇   户主 …)', () => {
    const text = [
      '泸定县2024年第一批地质灾害避险搬迁对象及安置方式公示',
      '序号 乡镇   户主    人口  原住址                         安置方式  安置地点及房号',
      '---- ------ ------  ----  -----------------------------  --------  ----------------------------',
      ' 1   磨西镇 杨文富   4    磨西镇共和村二组26号           集中安置  泸桥镇冷碛安置点3栋2单元501',
      ' 2   得妥镇 罗　英   1    得妥镇湾东村一组12号           集中安置  泸桥镇冷碛安置点6栋1单元102',
      '泸定县地质灾害避险搬迁工作领导小组办公室',
      '2024年5月6日',
    ].join('\n');
    const redacted = redactText(text);
    for (const kept of ['杨文富', '罗　英', '集中安置']) expect(redacted).toContain(kept);
    for (const home of ['共和村二组26号', '3栋2单元501', '湾东村一组12号'])
      expect(redacted).not.toContain(home);
  });

  it('reads a roster exported as CSV (花名册): names of the listed kept, their villages removed', () => {
    const text = [
      '阳谷县2025年上半年农村部分计划生育家庭奖励扶助金发放花名册',
      '序号,乡镇,姓名,性别,住址,发放金额（元）,开户行',
      '1,阿城镇,李长河,男,阿城镇前曹村,600,阳谷农商银行阿城支行',
      '2,七级镇,耿秀芝,女,七级镇耿庄村东街,600,阳谷农商银行七级支行',
      '3,三站镇,于凤芝,女,三站镇永丰村3屯,600,"本人无电话,由侄子代领"',
      '合计,,,,,1200,',
      '阳谷县卫生健康局',
      '2025年7月10日',
    ].join('\n');
    const redacted = redactText(text);
    for (const name of ['李长河', '耿秀芝', '阿城镇,', '七级镇,', '阳谷农商银行阿城支行'])
      expect(redacted).toContain(name);
    for (const home of ['前曹村', '耿庄村东街', '永丰村3屯']) expect(redacted).not.toContain(home);
  });

  it('keeps the names a notice numbers after 以下4名…扶助对象 (a longer run of words before 对象)', () => {
    const text =
      '关于终止安正明等2人计划生育家庭特别扶助资格的公告\n\n    经审核，以下2名计划生育家庭特别扶助对象不再符合享受条件，现终止其特别扶助资格。\n\n    一、安正明，男，野马川镇野马川村五组村民。2024年7月18日因病去世，经其妻龙仕英申报，终止安正明本人扶助资格。\n    二、陈光荣，男，妈姑镇水营村村民，陈光荣已迁出本县。\n\n赫章县卫生健康局\n2024年9月20日';
    const redacted = redactText(text);
    for (const name of ['安正明', '陈光荣']) expect(redacted).toContain(name);
    expect(redacted).not.toContain('龙仕英');
  });

  it('reads a tenant heading a lease decision as its party, and a public service centre’s staff as officers', () => {
    const text = [
      '公共租赁住房清退决定书',
      '承租人\u2063姓名：朱海军\u2063性别：男',
      '送达地址：宿城区幸福街道发展大道288号御景湾小区6幢1801室',
      '2024年8月13日，区住房保障服务中心工作人员张成、冯晓燕入户核查时，发现承租人朱海军将该房屋转租他人。',
      '宿迁市宿豫区住房和城乡建设局',
      '2024年9月2日',
    ].join('\n');
    const reading = readDocument(text);
    expect(holders(text)[0]).toEqual([Role.party, HolderKind.person, '朱海军']);
    expect(reading.thirdPartyNames).toEqual([]);
  });

  it('reads a player (玩家) who complained as a third person, the address in her bracket hers', () => {
    const text =
      '当事人：成都市武侯区某某剧本杀店\n\n玩家周雨萌（用户地址：成都市武侯区桐梓林北路7号2栋1803室，联系电话：18982236015）反映该店使用血腥剧本。\n\n成都市武侯区文化体育和旅游局\n2024年8月20日';
    const redacted = redactText(text);
    expect(redacted).not.toContain('周雨萌');
    expect(redacted).not.toContain('2栋1803室');
  });

  it('finds a home again from its estate (你承租的胜利公租房小区B栋2单元704室)', () => {
    const text =
      '当事人：覃建新，男，1979年5月2日出生\n送达地址：柳北区胜利路东一巷8号胜利公租房小区B栋2单元704室\n\n经查，你累计欠缴租金23个月，决定收回你承租的胜利公租房小区B栋2单元704室。\n\n柳州市柳北区住房和城乡建设局\n2024年12月2日';
    expect(redactText(text)).not.toContain('B栋2单元704室');
  });

  it.each([
    ['当事人与其妻于1992年另生育一子韩小军，未申报。', '韩小军'],
    ['申请人婚后只生育一子张磊，张磊于2015年去世。', '张磊'],
    ['子女情况：独女钟小敏，1991年出生。', '钟小敏'],
    ['据其自述，丈夫叫韦金福，已去世多年。', '韦金福'],
    ['3单元单元长冯建英证实双方长期不和。', '冯建英'],
    ['河长制办公室转来下游养鱼户朱永富的投诉。', '朱永富'],
    ['本局接到乌兰哈达嘎查牧民乌云其其格电话反映。', '乌云其其格'],
    ['家中有一个儿子叫“罗小平”，早年在广东打工。', '罗小平'],
    // Not a child: a neighbour, a longer bracket between the role word and the name.
    ['邻居（同单元501室住户）蔡建平曾多次向社区反映夜间噪声。', '蔡建平'],
  ])(
    'reads a child counted or the only one (一子, 独女) as a third person: %s',
    (sentence, child) => {
      const text = `当事人：韩德林，男，1962年3月5日出生\n\n${sentence}\n\n临泉县卫生健康委员会\n2024年9月3日`;
      expect(readDocument(text).thirdPartyNames.map((scoped) => scoped.name)).toContain(child);
    },
  );

  it('reads 户主（经营户） heading a list’s rows as 户主 does: the listed heads are the notice’s parties', () => {
    const text =
      '关于限期清理松材线虫病疫木的公告\n下列户主在外务工，无法直接送达，现予公告。\n序号\u2063户主（经营户）\u2063住址\n序号：1\u2063户主（经营户）：程根发\u2063住址：休宁县五城镇龙湾村上村组23号\n序号：2\u2063户主（经营户）：汪秀英\u2063住址：休宁县五城镇龙湾村下村组5号\n\n休宁县林业局\n2024年11月5日';
    const reading = readDocument(text);
    expect(reading.thirdPartyNames).toEqual([]);
    expect(reading.personalAddresses).toHaveLength(2);
  });

  it('reads 申请人代表 of a building’s owners as the applicant: name kept, home and phone not', () => {
    const text =
      '既有住宅增设电梯设计方案公示\n一、申请主体\n    申请人：嘉陵花园2单元全体同意增设电梯的业主\n    申请人代表：曾庆华    身份证号码：500105196204031670\n    联系地址：江北区观音桥街道建新东路17号附2号2单元5-2\n    联系电话：023-67851296\n\n重庆市江北区住房和城乡建设委员会\n2024年5月20日';
    const redacted = redactText(text);
    expect(redacted).toContain('曾庆华');
    expect(redacted).not.toContain('2单元5-2');
    expect(redacted).not.toContain('67851296');
  });

  it('reads 排水户 a drainage notice lists as its parties', () => {
    const text =
      '城中村排水户雨污混接排查及责令整改情况公示\n序号\u2063排水户\u2063地址\n序号：1\u2063排水户：黄振宁\u2063地址：秀灵村二坡17号\n序号：2\u2063排水户：农小燕\u2063地址：秀灵村三坡5号\n\n南宁市西乡塘区住房和城乡建设局\n2024年10月15日';
    const reading = readDocument(text);
    expect(reading.thirdPartyNames).toEqual([]);
    expect(reading.personalAddresses).toHaveLength(2);
  });

  it('reads 义务人 a 催告书 lists as its parties', () => {
    const text =
      '开州区水利局关于送达《水土保持补偿费催告书》的公告\n序号\u2063义务人\u2063地址\n序号：1\u2063义务人：冉启明\u2063地址：开州区铁桥镇双河村4组\n序号：2\u2063义务人：向道平\u2063地址：开州区竹溪镇永兴村2组\n\n开州区水利局\n2024年10月8日';
    const reading = readDocument(text);
    expect(reading.thirdPartyNames).toEqual([]);
    expect(reading.personalAddresses).toHaveLength(2);
  });

  it('reads a redacted 丈夫叫韦某某 as it read 丈夫叫韦金福: the rows below keep their names (idempotence)', () => {
    const text = [
      '南宁市救助管理站长期滞留人员寻亲公告',
      '序号\u2063登记姓名\u2063体貌特征及线索',
      '序号：1\u2063登记姓名：黄秀英\u2063体貌特征及线索：自述家住宾阳县黎塘镇，丈夫叫韦金福，已去世多年。',
      '序号：2\u2063登记姓名：陆永福\u2063体貌特征及线索：讲壮话，说不清村名。',
      '南宁市救助管理站',
      '2024年12月27日',
    ].join('\n');
    const once = redactText(text);
    expect(once).not.toContain('韦金福');
    expect(once).toContain('陆永福');
    expect(redactText(once)).toBe(once);
  });

  it('reads no person in an office’s name opening clauses (区住房和城乡建设局 starts with a surname)', () => {
    const text =
      '城中村排水户排查情况公示\n　　根据有关规定，区住房和城乡建设局会同街道办事处开展排查。\n　　逾期未整改的，区住房和城乡建设局将依法查处。\n南宁市西乡塘区住房和城乡建设局\n2024年10月15日';
    expect(redactText(text)).toBe(text);
  });

  it('reads the neighbour whose home a place is (与其相邻的汪大郢36号汪德林家) as a third person', () => {
    const text =
      '当事人：张三，男，1970年1月1日出生。\n另查，猪粪流入与其相邻的汪大郢36号汪德林家的菜地。\n\n合肥市蜀山区城市管理局\n2024年6月1日';
    const redacted = redactText(text);
    expect(redacted).not.toContain('汪德林');
    expect(redacted).not.toContain('汪大郢36号');
  });

  it('reads a guardian named with no surname a list knows, the kin word alone in the bracket (完德加（父）)', () => {
    const text =
      '当事人：才让东周　　性别：男\n出生日期：2007年8月3日\n法定代理人：完德加（父）　　联系电话：13897451234\n\n经查，当日其父完德加外出购买饲草。\n\n贵南县林业和草原局\n2025年3月14日';
    expect(redactText(text)).not.toContain('完德加');
  });

  it('reads a notice with no party about a child (受助未成年人…寻亲结果) as a minor’s', () => {
    const text =
      '遵义市汇川区救助管理站\n关于受助未成年人“小杰”寻亲结果的公告\n经比对确认，“小杰”真实姓名为杨俊杰，男，2010年3月9日出生，户籍地叙永县正东镇民主村二组。其父杨德富来站认领。\n\n遵义市汇川区救助管理站\n2024年11月20日';
    expect(readDocument(text).minors.map((minor) => minor.name)).toEqual(['杨俊杰']);
    // The same notice about an adult found is no minor's.
    const adult = text.replace('未成年人', '人员').replace('2010年3月9日', '1950年3月9日');
    expect(readDocument(adult).minors).toEqual([]);
  });

  it('removes a minor’s former and new names and the parent who applied for the child', () => {
    const text =
      '户口登记项目变更（姓名变更）审批结果公示\n一、变更对象基本情况\n　　原 姓 名：李浩然\n　　变更后姓名：王浩然\n　　出生日期：2009年10月22日\n二、申请及监护情况\n　　申 请 人：王丽娜（系变更对象之母，法定监护人）\n　　王丽娜与李卫东于2019年离婚，李浩然随母亲共同生活。\n\n曹县公安局青菏派出所\n2025年3月14日';
    const redacted = redactText(text);
    expect(readDocument(text).minors).toHaveLength(1);
    for (const name of ['李浩然', '王浩然', '王丽娜']) expect(redacted).not.toContain(name);
  });

  it('reads a child under a heading of her role word, in an order to her parent, as no party', () => {
    const text =
      '受送达人：梁正明，男，1982年1月17日出生\n身份证号：522633198201174710\n决定书主要内容如下：\n适龄儿童\n姓名： 梁美玲\n身份证号： 522633201104305189\n原就读学校： 从江县加勉乡中心小学\n\n从江县教育局\n2024年10月15日';
    const reading = readDocument(text);
    expect(reading.minors).toEqual([]);
    expect(reading.thirdPartyNames.map((scoped) => scoped.name)).toContain('梁美玲');
  });

  it('reads every salutation line of a notice to several residents as a party', () => {
    const text =
      '责令限期改正通知书\n何光荣（住宜宾市叙州区南岸街道金沙湾小区2栋1单元501室）：\n黎晓燕（住宜宾市叙州区南岸街道金沙湾小区5栋1单元302室）：\n经查，黎晓燕将大件垃圾堆放于消防通道。';
    const parties = readDocument(text).holders.filter((holder) => holder.role === Role.party);
    expect(parties.map((holder) => holder.name?.text)).toEqual(['何光荣', '黎晓燕']);
    expect(redactText(text)).toContain('经查，黎晓燕将');
  });

  it('in a page of several decisions, a statement of age is about the party it follows', () => {
    const text =
      '一、某某罚〔2025〕第052号\n当事人：熊德友\n性别：男\n经查，当事人在街边烧烤。\n执法人员：曾令辉\n2025年4月10日\n\n二、某某罚〔2025〕第057号\n当事人：邬子轩，男\n经查，鉴于当事人违法时已满十四周岁不满十八周岁，从轻处罚。\n执法人员：曾令辉\n2025年4月18日\n';
    expect(readDocument(text).minors.map((minor) => minor.name)).toEqual(['邬子轩']);
  });

  it('dates the decision by its 落款, not by a later deadline or the birth date', () => {
    const text =
      '当事人：王小明\n出生日期：2006年5月3日\n\n请于2024年6月1日前缴纳。\n某某局\n二〇二四年三月二十日\n';
    expect(documentDate(text)).toMatchObject({ year: 2024, month: 3, day: 20 });
    expect(readDocument(text).minors).toHaveLength(1);
  });

  it.each([
    [
      'a role spread with spaces, a name label spread with spaces before its colon',
      '违法 行为人 ⁣姓  名 ： 孙宝财\n性别：男',
    ],
    ['a party’s kind in a bracket in the role’s cell', '当事人 （个人）⁣姓  名：孙宝财\n性别：男'],
  ])('reads the party’s name: %s', (_name, text) => {
    const parties = readDocument(text).holders.filter((holder) => holder.role === Role.party);
    expect(parties.map((holder) => holder.name?.text)).toEqual(['孙宝财']);
  });

  it('reads a 训诫书’s 被训诫人 as its party, a child there', () => {
    const text =
      '平江县公安局\n训  诫  书\n被训诫人：余子豪，男，2009年8月14日出生（15周岁），平江县第三中学初三学生。\n监护人：余建军（父）。\n平江县公安局\n2024年12月10日';
    expect(readDocument(text).minors.map((minor) => minor.name)).toEqual(['余子豪']);
  });

  it('takes no date of an event in a listing’s row for a birth (违法行为发生于…)', () => {
    const text =
      '序号：2⁣决定书文号：祁公终调字〔2024〕第012号⁣违法嫌疑人：渠瑞芳⁣案由：涉嫌殴打他人⁣终止调查理由：违法行为发生于2023年8月26日，已超过六个月追究时效。⁣决定日期：2024年4月15日';
    expect(readDocument(text).minors).toEqual([]);
  });

  it('never dates a decision by a birth field’s value (出生日期：… of a worker listed in the facts)', () => {
    const text =
      '当事人：王明贵，男，身份证号码：510502198001020016\n经查，当事人介绍下列人员到茶园务工：\n姓名：张小红⁣性别：女⁣出生日期：1995年3月12日';
    expect(readDocument(text).minors).toEqual([]);
  });

  it('never dates a decision by a party’s birth date (the younger party’s made the elder a minor)', () => {
    const text =
      '违法行为人一：周德贵，男，1971年4月12日出生\n违法行为人二：罗小平，男，1985年11月3日出生\n经查，周德贵、罗小平赌博。';
    expect(readDocument(text).minors).toEqual([]);
    expect(redactText(text)).toContain('经查，周德贵、罗小平赌博');
  });
});

describe('officers', () => {
  it.each([
    [
      '派出所地址：…⏎户籍窗口电话：…',
      '派出所地址：福清市龙田镇龙港路66号\n户籍窗口电话：0591-85781110',
    ],
    [
      '城关派出所户籍室：地址：…⏎电话：…',
      '城关派出所户籍室：地址：兰考县城关镇中山北街116号\n电话：0371-26962210',
    ],
    [
      '镇人民政府地址：… 电话：…',
      '镇人民政府地址：岢岚县宋家沟镇宋家沟村中心街1号　电话：0350-4455119',
    ],
    ['地址：…　值班电话：…', '地址：昆明市官渡区春城路376号　　值班电话：0871-63036110'],
    ['本会地址：…', '本会地址：桃源县漳江街道武陵路198号　咨询电话：0736-6621395'],
  ])('keeps a public office’s own lines after a person’s block (%s)', (_name, lines) => {
    const text = `注销户口公告\n死者：王秀珍，女，1938年1月1日出生，身份证号：410225193801010027\n特此公告。\n${lines}\n`;
    expect(redactText(text)).toContain(lines);
  });

  it('reads a label ending with 民警 (联系民警) as the agency’s officer, whose phone stays', () => {
    const text =
      '招领公告\n失主：刘某某，男，2008年1月1日出生\n认领地点：新化县上梅街道上梅中路201号上梅派出所户政窗口\n联系民警：邹建华（警号：104528）\n联系电话：0738-3522110\n';
    const redacted = redactText(text);
    expect(redacted).toContain('联系民警：邹建华');
    expect(redacted).toContain('0738-3522110');
  });
});

describe('addresses of people', () => {
  it('removes a villager’s village again only where it ends the place, not a field in it', () => {
    const text =
      '当事人：富顺县某某农机专业合作社\n统一社会信用代码：93510322MA6A1B2C3D\n\n当事人与童寺镇石马村5组村民宋国华口头约定收割小麦。机手在富顺县童寺镇石马村5组王家湾田作业时撞伤他人。';
    const redacted = redactText(text);
    expect(redacted).not.toContain('与童寺镇石马村5组村民');
    expect(redacted).toContain('富顺县童寺镇石马村5组王家湾田');
  });

  it('reads a party’s block on past a word a PDF’s line cut (…小学文化，无⏎业。公民身份号码：…)', () => {
    const text =
      '违法行为人：周茂林，男，1961年3月17日出生，汉族，小学文化，无\n业。公民身份号码：510521196103175353。户籍地：\n泸县嘉明镇石桥村2组。现住址：泸县玉蟾街道龙城大道三段218号附5号。\n2025年1月6日，本局接到投诉。';
    expect(redactText(text)).not.toContain('石桥村2组');
  });

  it('reads a 送达地址 whose bracket names the party as the party’s, after the agency’s lines', () => {
    const text =
      '当事人：包永红，女\n经查，当事人少缴税款。\n国家税务总局古蔺县税务局\n2024年11月4日\n检查人员：罗昊（51052524012）　联系电话：0830-7228366　地址：古蔺县古蔺镇金兰大道西段39号\n送达地址：古蔺县古蔺镇蔺阳路118号金色家园5栋2单元702室（受送达人包永红）';
    const redacted = redactText(text);
    expect(redacted).not.toContain('金色家园5栋');
    expect(redacted).toContain('古蔺县古蔺镇金兰大道西段39号');
  });

  it('reads every home listed after 名下位于 (…502室、⏎…1204室的两套住房)', () => {
    const text =
      '当事人：姚德明\n经查，你名下位于泸县福集镇滨河路三段水岸名城3栋1单元502室、\n泸县福集镇滨河路三段水岸名城3栋2单元1204室的两套住房，均已出租。';
    const redacted = redactText(text);
    expect(redacted).not.toContain('1单元502室');
    expect(redacted).not.toContain('2单元1204室');
  });

  it('reads a person’s 住所 in the bracket after 其住所, not a company’s', () => {
    const facts =
      '经查，自2023年5月起在其住所（泸州市江阳区华阳街道蜀泸大道二段33号澄溪名城8栋3单元1502室）内提供代理记账服务。';
    expect(redactText(`当事人：邓梦，女\n${facts}`)).not.toContain('澄溪名城8栋');
    expect(
      redactText(
        `当事人：泸州市某某财税服务有限公司\n统一社会信用代码：91510502MA62T7U4LL\n${facts}`,
      ),
    ).toContain('澄溪名城8栋');
  });

  it('reads where someone lives in any clause of the bracket after the name, and a 被通知人 whose row says she is a wife', () => {
    expect(
      redactText(
        '当事人：王某\n抄告：保证人温淑琴（被告诫人母亲，住仁和里45号，住宅电话0938-8214573）',
      ),
    ).not.toContain('仁和里45号');
    const notified = redactText(
      '被决定人：卫某某，男\n被通知人：关雪梅⁣与被决定人关系⁣妻子⁣联系电话：13900000000',
    );
    expect(notified).not.toContain('关雪梅');
  });

  it('reads who signs a case’s approval inside the agency (中队长, 签批人, 局负责人) as its officers', () => {
    const redacted = redactText(
      '当事人：王某某，男\n北城中队意见：同意结案。　　中队长：刘占勇\n局领导审批：同意。　　签批人：贾国栋\n承办机构负责人：赵大伟    2024年7月25日\n局负责人：马志刚          2024年7月26日',
    );
    for (const name of ['刘占勇', '贾国栋', '赵大伟', '马志刚']) expect(redacted).toContain(name);
  });

  it('reads fields one space apart as clauses of their own (户籍地：… 现暂住：… 电话：…)', () => {
    const redacted = redactText(
      '当 事 人：陈宏伟，男，1987年11月3日出生，汉族\n户籍地：固始县张广庙镇郭楼村陈营组 现暂住：固始县城关镇蓼北路鑫苑小区11号楼1单元502室 电话：187 3761 5520',
    );
    expect(redacted).not.toContain('陈营组');
    expect(redacted).not.toContain('鑫苑小区11号楼');
    // A bracket after one space is no field of the line (工作单位：… （住所：…）).
    expect(
      redactText(
        '当事人：陈宏伟，男\n工作单位：泸州宏达建材有限公司 （住所：泸州市纳溪区纳溪经济开发区化工路18号）',
      ),
    ).toContain('化工路18号');
  });

  it('reads a register of service past its rule of dashes, and a row whose 身份 says its person is no party', () => {
    const text = [
      '治安案件法律文书送达情况登记表',
      '序号 受送达人  身份      送达文书                 送达地址                          签收时间',
      '-----------------------------------------------------------------------------------------------',
      '1    覃志明    违法行为人 行政处罚决定书           平南县大安镇大安社区新街二巷15号  2024年2月27日',
      '2    罗振坤    被侵害人   行政处罚决定书副本       平南县大安镇江滨路东三巷6号       2024年2月28日',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).not.toContain('新街二巷15号');
    expect(redacted).not.toContain('东三巷6号');
    expect(redacted).toContain('覃志明');
    expect(redacted).not.toContain('罗振坤');
  });

  it('reads where a person named before a bracket lives, the bracket’s last clause (（女，71岁，住木乐村旧屋屯）)', () => {
    expect(
      redactText('当事人：王某\n与行人黄某某（女，71岁，住木乐村旧屋屯）发生碰撞。'),
    ).not.toContain('旧屋屯');
    expect(
      redactText('当事人：王某\n特别扶助金由其侄潘国强（住王宅镇王宅村下新屋）代为领取。'),
    ).not.toContain('下新屋');
  });

  it('reads a household’s home by its head (户主) when the table’s column of others holds no name', () => {
    const text = [
      '转移避险责任清单：',
      '序号\t村\t户主\t家庭住址\t需重点帮扶人员\t包保责任人',
      '1\t洛泽河村\t陈朝富\t洛泽河镇洛泽河村大地坝社11号\t无\t杨正刚',
      '2\t洛泽河村\t陈朝贵\t洛泽河镇洛泽河村大地坝社12号\t其母李发英（87岁，卧床）\t杨正刚',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).not.toContain('大地坝社11号');
    expect(redacted).not.toContain('大地坝社12号');
  });

  it('reads where someone’s home or registration is said to be (户口本上的家在沙巷街38号)', () => {
    const redacted = redactText(
      '当事人：侯某某，男\n答：户口本上的家在平遥县古陶镇沙巷街38号，是我爷爷留下的院子。',
    );
    expect(redacted).not.toContain('沙巷街38号');
  });

  it('reads a settlement with no house number after a verb of living (家住岜沙村, 现居…7号楼, 户口在…村)', () => {
    const redacted = redactText(
      '当事人：孔某某，男\n当事人在询问中称，其家住岜沙村，因搬迁搬到县城。另查明，当事人家住东孔庄村三街。' +
        '其子孔某某现居晋中市榆次区锦纶路紫金苑B区7号楼，户口在夏庄镇岳家村。' +
        '其外甥暂住在你位于福海家园的家中。证人孔某某（住长安区郭杜街道雅居乐小区）。他们住在一起，住在附近的村子。',
    );
    for (const place of [
      '岜沙村',
      '东孔庄村三街',
      '紫金苑B区7号楼',
      '岳家村',
      '福海家园',
      '雅居乐小区',
    ])
      expect(redacted).not.toContain(place);
    // Where no settlement follows, nothing is taken.
    expect(redacted).toContain('他们住在一起，住在附近的村子。');
    expect(redacted).toContain('暂住在你位于');
  });

  it('reads a person’s 住所 and a household’s bracket as homes, not a company’s nor an account’s', () => {
    const redacted = redactText(
      '当事人：新化县喜临门婚庆服务有限公司\n住所：新化县上梅街道资江路18号\n' +
        '搭建地点位于新郎之父谭满生住所（新化县上梅街道向东街47号）门前。1．你户（3号楼2单元6层601室）在楼道口加装铁门。' +
        '反映楼下住户（西外镇金龙大道168号金龙苑4栋2单元201室）饲养大型犬。' +
        '养老金发放至其社会保障卡金融账户（曲靖市麒麟区农村信用合作联社）。',
    );
    for (const home of ['向东街47号', '6层601室', '2单元201室'])
      expect(redacted).not.toContain(home);
    expect(redacted).toContain('新化县上梅街道资江路18号');
    expect(redacted).toContain('金融账户（曲靖市麒麟区农村信用合作联社）');
  });

  it('reads regional house numbers as homes (…17号之一, …5#楼, 一〇三团八连41号, …委12组)', () => {
    const redacted = redactText(
      '当事人：某某物业服务有限公司\n经查，证人林秀英（住鼓楼区南街街道光禄坊17号之一）证实。其租住在一〇三团蔡家湖镇团结小区5#楼，王建疆家住一〇三团八连41号，另一户住在道里区安丰委12组。',
    );
    for (const home of ['17号之一', '5#楼', '八连41号', '安丰委12组'])
      expect(redacted).not.toContain(home);
    // A flat numbered in Chinese numerals, before 住户.
    expect(
      redactText(
        '当事人：某某，男\n本局接到锦绣华庭十二栋二单元四〇一室住户向红梅投诉，称三室一厅住户众多。',
      ),
    ).not.toContain('二单元四〇一室');
  });

  it('reads a place said to be where someone lives (…42号系纪某某…居住), and a family’s 自家 yard', () => {
    const redacted = redactText(
      '当事人：纪某，男\n另查明，十一连42号系纪某某与其妻邵某某居住。经查，平阳四村31号601室系项某租住的住处。' +
        '当事人在其居住的乌兰镇包日塔拉嘎查二社自家院内安装锅炉。执法人员对当事人位于安丰委12组的自家院内锅炉房进行检查。本公司系当事人居住地附近的企业。',
    );
    for (const home of ['十一连42号', '31号601室', '嘎查二社', '安丰委12组'])
      expect(redacted).not.toContain(home);
    expect(redacted).toContain('本公司系当事人居住地附近的企业');
    // A clause of its own after a sentence that opens with the person (…驾驶人，住…东五村).
    expect(
      redactText(
        '当事人：某某物流有限公司\n孟凡伟系吕建华雇用的驾驶人，住任丘市议论堡乡东五村。当事人作为经营者，住所地在任丘市。',
      ),
    ).toContain('，住任丘市【已脱敏】。当事人作为经营者，住所地在任丘市。');
    // A room of a courtyard house, before 内: part of the home.
    expect(
      redactText(
        '当事人：党某，男\n执法人员在当事人现租住的蒲城县城关街道槐院巷18号院东厢房内找到当事人。',
      ),
    ).not.toContain('18号院东厢房');
  });

  it('reads the settlement of a family’s home before 家中 or 老宅, after where one went', () => {
    const redacted = redactText(
      '当事人：包彩霞，女\n其于当年3月回梅川镇茶埠村三社老宅小住。东方明称，其本人当晚在阳朔镇迎宾路凤鸣小区家中。' +
        '马浩然释放后由监护人带回位于金麟湾小区的家中居住。将6只鸡带回其位于海湖新城的家中处置。',
    );
    for (const place of ['茶埠村三社', '凤鸣小区', '金麟湾小区', '海湖新城'])
      expect(redacted).not.toContain(place);
    // The time before the place, and 位于, stay.
    expect(redacted).toContain('其于当年3月回');
    expect(redacted).toContain('带回位于');
  });

  it('reads an address value that says whose home it is (备用地址：代收人雷小娟住富平县…) as that person’s, from 住', () => {
    const text =
      '受送达人：富平县金柿缘食品有限公司\n指定代收人⁣姓  名：雷小娟\n备用地址：代收人雷小娟住富平县城关街道东华社区莲湖路康居苑4号楼3单元602室，公司地址无法送达时可向该地址邮寄。';
    const once = redactText(text);
    expect(once).not.toContain('雷小娟');
    expect(once).not.toContain('康居苑4号楼');
    expect(redactText(once)).toBe(once);
  });

  it('starts a home in a bracket after its 家住 when the bracket first says whose home it is', () => {
    const text =
      '　　　　2号楼2单元102室住户任福贵（任福贵之女任丽娟家住平遥县古陶镇新建路柳根小区6号楼1单元502室，已表示可接其父同住）';
    const once = redactText(text);
    expect(once).not.toContain('任丽娟');
    expect(once).not.toContain('柳根小区');
    expect(redactText(once)).toBe(once);
  });

  it('joins a two-character name padded by one ideographic space in a row one cell too wide (申　丽)', () => {
    const text = [
      '二、家庭成员及联系方式',
      '　　关系　　姓名　　　联系电话　　　　　住址',
      '　　父亲　　申德强　　139 8522 6041　　汇川区高坪街道团泽社区枫香坝组16号',
      '　　姐姐　　申　丽　　18685234976　　　汇川区上海路街道珠海路万达华府12栋2单元1703室',
    ].join('\n');
    const once = redactText(text);
    expect(once).not.toContain('万达华府12栋');
    expect(redactText(once)).toBe(once);
  });

  it('reads the same on a second pass: 明知其子未满十八周岁 is said of the son; 李某某于2008年出生 of another', () => {
    const father =
      '被处罚人信息\n姓名：雷振华⁣性别：男\n驾驶证号：142429198209160317⁣准驾车型：C1\n　　本大队认为，被处罚人明知其子未满十八周岁、未取得机动车驾驶证，仍将机动车交由其驾驶。\n2024年6月28日';
    const once = redactText(father);
    expect(once).toContain('姓名：雷振华');
    expect(redactText(once)).toBe(once);
    const mother =
      '督促监护令\n王彩霞：\n    你系未成年犯罪嫌疑人李浩然的母亲（你的身份证号码：130533198304172427）。李浩然于2008年2月出生，与你共同生活。\n2024年7月5日';
    const first = redactText(mother);
    expect(first).toContain('王彩霞：');
    expect(redactText(first)).toBe(first);
  });

  it('reads the same on a second pass: no party’s age from others’ ages, a bracket read whatever the ID’s length', () => {
    const kindergarten =
      '    三、当事人付春燕，女，公民身份号码511025198506273028，在其位于资中县银山镇白马村4组的自建住房内开办看护点，招收3至5周岁幼儿12人。\n2025年3月10日';
    const once = redactText(kindergarten);
    expect(once).toContain('当事人付春燕');
    expect(redactText(once)).toBe(once);
    const weekly =
      '执法人员在当事人邵长海（身份证号码：231282196809170597，住肇东市昌五镇昌盛村邵家屯，家中电话：（0455）7823516）家中仓房内查获烟花爆竹。';
    const first = redactText(weekly);
    expect(first).not.toContain('邵家屯');
    expect(redactText(first)).toBe(first);
  });

  it('reads a flat before its tenant (…金色家园3栋502室承租人, 201室承租人吴海燕)', () => {
    const redacted = redactText(
      '当事人刘春桃，女，系桃江县桃花江镇三里桥社区金色家园3栋502室承租人，户籍地桃江县灰山港镇竹山村十一组。',
    );
    expect(redacted).not.toContain('金色家园3栋502室');
  });

  it('reads an address line naming an office at its end (…寿县公安局寿春派出所 电话：…) as the agency’s', () => {
    const redacted = redactText(
      '被处罚人：王某某，男，2009年3月2日出生，住寿县寿春镇某村5组\n被处罚人及法定代理人签名：（已签）\n联系地址：寿县寿春镇宾阳大道126号寿县公安局寿春派出所 电话：0554-4022110',
    );
    expect(redacted).toContain('宾阳大道126号');
    expect(redacted).toContain('0554-4022110');
  });

  it('reads a home whose label a PDF’s line break cut in two (户⏎籍地：…, 住⏎址：…)', () => {
    const redacted = redactText(
      '    一、钟惠玲，女，公民身份号码440782198509263024，户\n籍地：江门市新会区会城街道七堡村委会新华里8号，居住地：同上。\n    三、余嘉欣，女，住\n址：江门市新会区大泽镇沙冲村委会上沙村5巷3号；联系电话：13800000000。',
    );
    expect(redacted).not.toContain('新华里8号');
    expect(redacted).not.toContain('上沙村5巷3号');
  });

  it('reads an office’s line (…管理科    电话：…, …街道办事处联系人：…) as the agency’s, its colon past a label’s reach', () => {
    const redacted = redactText(
      '当事人：曾庆华，男\n住址：江北区观音桥街道建新东路17号附2号2单元5-2\n如有异议，请在公示期内提出。\n\n    区住房城乡建委房屋安全管理科    电话：023-67855602\n    地址：江北区北城天街46号区行政服务中心6楼\n柳青街道办事处联系人：石晓静　联系电话：0539-8156332',
    );
    expect(redacted).toContain('023-67855602');
    expect(redacted).toContain('北城天街46号');
    expect(redacted).toContain('石晓静');
    expect(redacted).not.toContain('建新东路17号');
  });

  it('ends a name before 家中 (申磊拟在申丽家中居住)', () => {
    const redacted = redactText(
      '姓名：申磊\n释放后拟居住地：遵义市汇川区上海路街道珠海路万达华府12栋2单元1703室（其姐申丽家中）\n申磊拟在申丽家中居住。',
    );
    expect(redacted).toContain('家中居住');
    expect(redacted).not.toContain('申丽');
  });

  it('reads 其位于…的宅基地 as the person’s home, a group and a house number enough', () => {
    const redacted = redactText(
      '当事人：汪德胜，男，1971年2月17日出生\n当事人于2024年3月上旬起，在其位于汪大湾组18号的宅基地原有住房屋面上加盖第三层。',
    );
    expect(redacted).not.toContain('汪大湾组18号');
  });

  it('reads a party block after a list’s number (一、申请人黄志坚，男，…), and 其位于…的私有房屋', () => {
    const text =
      '关于城区历史遗留私有房屋不动产首次登记的公示\n　　一、申请人黄志坚，男，身份证号码450481196307211533，住岑溪市岑城镇义昌路37号。申请对其位于岑溪市岑城镇东门街82号的私有房屋办理首次登记。该房屋由黄志坚之父建成。';
    const reading = readDocument(text);
    expect(reading.holders.find((holder) => holder.role === Role.party)?.name?.text).toBe('黄志坚');
    const redacted = redactText(text);
    expect(redacted).toContain('由黄志坚之父');
    expect(redacted).not.toContain('义昌路37号');
    expect(redacted).not.toContain('东门街82号');
  });

  it('reads the landlords a 公示 of graded rentals lists as its parties; 字号：大中小 names no one', () => {
    const text = [
      '江北街道2024年第二季度出租屋分级分类评定结果公示',
      '    字号：大中小',
      '现将评定结果公示如下：',
      '序号⁣房东（管理人）⁣联系电话⁣出租屋地址⁣评定等级',
      '序号：1⁣房东（管理人）：谢伟雄⁣联系电话：13829916452⁣出租屋地址：江北街道下角东路3号之二⁣评定等级：C',
    ].join('\n');
    const reading = readDocument(text);
    expect(reading.holders.map((holder) => holder.name?.text)).not.toContain('大中小');
    const redacted = redactText(text);
    expect(redacted).toContain('谢伟雄');
    expect(redacted).not.toContain('13829916452');
  });

  it('reads 出租人 heading a document as its party', () => {
    const redacted = redactText(
      '出租人：丁文辉，男，1971年3月2日出生，住晋江市陈埭镇岸兜村新街42号\n经查，丁文辉将其自建房出租。',
    );
    expect(redacted).toContain('经查，丁文辉将其');
    expect(redacted).not.toContain('新街42号');
  });

  it('reads the people a notice says it lists next (…的房屋出租人通报如下) as named in public', () => {
    const text = [
      '现将未落实登记责任的房屋出租人通报如下：',
      '',
      '序号  出租人    出租房屋地址                    未申报人员  身份证号码',
      '1     顾建新    周市镇市北村东港组18号          马腾飞      411426199506127978',
      '',
      '    说明：马腾飞租住顾建新家一楼东侧两间已满七个月。',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).toContain('1     顾建新');
    expect(redacted).toContain('租住顾建新家');
    expect(redacted).not.toContain('马腾飞');
    expect(redacted).not.toContain('东港组18号');
  });

  it('reads the households a notice says it addresses (现通知下列住户) as its parties, their flats personal', () => {
    const text = [
      '关于安华里小区楼道堆物限期清理的通知',
      '现通知下列住户于2024年11月25日前自行清理。',
      '楼号⁣序号⁣住户地址⁣户主⁣堆放物品及位置',
      '楼号：3号楼⁣序号：1⁣住户地址：安华里3号楼1门302⁣户主：聂宝林⁣堆放物品及位置：旧沙发1个',
      '楼号：12号楼⁣序号：2⁣住户地址：安华里12号楼4门602⁣户主：阎福生⁣堆放物品及位置：私搭木柜',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).toContain('户主：聂宝林');
    expect(redacted).toContain('户主：阎福生');
    expect(redacted).not.toContain('1门302');
    expect(redacted).not.toContain('4门602');
  });

  it('ages a 双公示 record’s party on its 处罚决定日期, not its 有效期; a child in its facts is no birth of the business', () => {
    const record = (name: string, id: string, facts: string) =>
      `行政相对人名称：${name}\n行政相对人类别：自然人\n证件号码：${id}\n违法事实：${facts}\n处罚决定日期：2024-06-24\n处罚有效期：2025-06-24\n公示截止期：2024-12-24`;
    expect(
      readDocument(record('代俊豪', '530322200702110330', '在家中经营网吧。')).minors.map(
        (minor) => minor.name,
      ),
    ).toEqual(['代俊豪']);
    const cafe = readDocument(
      '行政相对人名称：宜春市袁州区极速网络会所\n行政相对人类别：个体工商户\n统一社会信用代码：92360902MA38HC6Q08\n违法事实：执法人员检查，发现未成年人彭子轩（2008年5月出生）、钟浩然（2009年1月出生）在营业场所内上网。\n处罚决定日期：2024-03-20',
    );
    expect(cafe.minors).toEqual([]);
  });

  it('reads a minor from the leniency a decision gives (鉴于其系已满十六周岁不满十八周岁), and not a mother from her son’s birth', () => {
    const decision = readDocument(
      '行政处罚决定书\n违法行为人：张晨曦　性别：男　2008年出生\n监护人：张立新（父）\n张晨曦的行为已构成扰乱公共秩序。鉴于其系已满十六周岁不满十八周岁的未成年人，决定给予警告。\n2024年12月3日',
    );
    expect(decision.minors.map((minor) => minor.name)).toEqual(['张晨曦']);
    const order = readDocument(
      '督促监护令\n王彩霞：\n    你系未成年犯罪嫌疑人李浩然的母亲和法定监护人（你的身份证号码：130533198304172427）。李浩然于2008年2月出生，与你共同生活。\n2024年7月5日',
    );
    expect(order.minors).toEqual([]);
  });

  it('reads 被指导人 as a 家庭教育指导令’s party, named in public, and the other parent as a third person', () => {
    const redacted = redactText(
      '家庭教育指导令\n被指导人：赖国荣，男，1985年6月出生，汉族，住福建省长汀县汀州镇兆征路南段东门新村3幢402室。\n本院在审理原告钟小红与被告赖国荣变更抚养关系纠纷一案中查明：钟小红与赖国荣于2019年离婚。\n被指导人赖国荣应当接受家庭教育指导。',
    );
    expect(redacted).toContain('被指导人赖国荣应当');
    expect(redacted).not.toContain('钟小红');
    expect(redacted).not.toContain('东门新村3幢402室');
  });

  it('reads 被告诫人 as a 告诫书’s party, a minor when born under 18 years before it', () => {
    const reading = readDocument(
      '告 诫 书\n被告诫人：秦子墨，男，2008年11月3日出生，洛阳市第二十三中学高一学生。\n法定代理人（监护人）：秦卫东（系被告诫人之父）。\n本局对被告诫人予以告诫。\n2025年5月7日',
    );
    expect(reading.holders.find((holder) => holder.role === Role.party)?.name?.text).toBe('秦子墨');
    expect(reading.minors.length).toBe(1);
  });

  it('reads the owners a 公示 of appraised houses lists as its parties, named in public', () => {
    const text = [
      '关于城中村自建房安全鉴定结果的公示',
      '序号⁣房屋所有人⁣房屋坐落⁣鉴定等级⁣实际使用人',
      '序号：1⁣房屋所有人：林德福⁣房屋坐落：灵溪镇渎浦社区渎浦路88弄3号⁣鉴定等级：D⁣实际使用人：林德福之子林振宇一家（自住）',
      '序号：2⁣房屋所有人：陈孝国⁣房屋坐落：灵溪镇渎浦社区渎浦路102号⁣鉴定等级：D⁣实际使用人：自住',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).toContain('房屋所有人：林德福');
    expect(redacted).toContain('房屋所有人：陈孝国');
    expect(redacted).not.toContain('渎浦路88弄3号');
    expect(redacted).not.toContain('林振宇');
  });

  it('reads 被通知人 as whom a notice is sent to, but as a relative when the bracket says whose', () => {
    const order = redactText(
      '被通知人（出租人）：孙立强，男，1975年5月14日出生\n住所：梅河口市新华街道胜利社区银河小区12号楼3单元602室\n经询问，该房屋系孙立强所有。',
    );
    expect(order).toContain('该房屋系孙立强所有');
    expect(order).not.toContain('银河小区12号楼');
    const detention = redactText(
      '被拘留人：王某某，男\n被通知人：罗秀英（被拘留人之姐），住址：泸州市龙马潭区红星街道回龙湾路33号2栋502室',
    );
    expect(detention).not.toContain('罗秀英');
  });

  it('reads the home someone came from (从…的家中) and the flat before its resident (住在…的谭立伟)', () => {
    expect(
      redactText(
        '当事人：贺某，男\n接到民警电话后，贺某某很快从偃师区首阳山街道杜甫大道南段锦华苑3号楼2单元601室的家中赶到现场。',
      ),
    ).not.toContain('锦华苑3号楼');
    const redacted = redactText(
      '当事人：刘某某\n住在同单元502室的谭立伟被震碎的窗玻璃划伤手臂，经医院处置后回家。',
    );
    expect(redacted).not.toContain('502室');
    expect(redacted).not.toContain('谭立伟');
  });

  it('reads the house 其位于…的房屋 as a person’s home, not a company’s', () => {
    const facts = '经查，当事人将其位于景洪市允景洪街道曼弄枫村46号的房屋出租给他人居住，未登记。';
    expect(redactText(`当事人：玉罕，女\n${facts}`)).not.toContain('曼弄枫村46号');
    expect(
      redactText(`当事人：景洪市某某物业有限公司\n统一社会信用代码：91532801MA6K3LXX8Q\n${facts}`),
    ).toContain('曼弄枫村46号');
  });

  it('reads the home in a row with a resident ID set out with spaces, under its header’s address title', () => {
    const text = [
      '现将种粮大户补贴发放情况公示如下：',
      '',
      '序号 经营主体名称              主体类型    负责人  证照号码/身份证号码    住所（地址）                  补贴金额（元）',
      '1    阜南县丰禾粮食种植专业    农民专业    方建中  93341225MA14821169    阜南县会龙镇会龙村综合楼一层   63025.00',
      '     合作社                    合作社',
      '2    刘永明                    种粮大户    本人    341225197203169498    阜南县会龙镇龙王村刘庄组18号   9300.00',
      '',
      '　　刘永明种植面积中含流转本村村民承包地。',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).not.toContain('刘庄组18号');
    // The listed grower is named in public, as the list's parties are.
    expect(redacted).toContain('刘永明种植面积');
    expect(redacted).toContain('会龙村综合楼一层');
  });

  it('reads a table typed with single spaces whose titles are spread (姓  名, 住　　址)', () => {
    const text = [
      '现将享受残疾人两项补贴人员名单公示如下：',
      '',
      '序号 姓  名  性别 残疾类别  等级 住　　址                    补贴类别      月标准（元）',
      ' 1   蓝秀英  女   肢体      二级 都安县安阳镇光明村弄成屯    生活、护理    80、90',
      ' 2   覃福林  男   视力      三级 都安县安阳镇龙湾村龙湾屯    生活          80',
    ].join('\n');
    const redacted = redactText(text);
    expect(redacted).not.toContain('光明村弄成屯');
    expect(redacted).not.toContain('龙湾村龙湾屯');
  });

  it('reads a text table on past a row whose long name pushed its cells onto the next line, and 6#楼 flats', () => {
    const text = [
      '选房结果公示如下：',
      '',
      '选房号  被征收人   被征收房屋坐落              安置方式    选定安置房            建筑面积(㎡)  备注',
      '01      孙德明     西园新村12栋203室           产权调换    西园安居苑6#楼1502室  89.62',
      '02      合肥某某物资贸易有限公司',
      '                   西园新村沿街商铺5号         货币补偿    ——                    ——            非住宅',
      '03      胡桂英     西园新村15栋402室           产权调换    西园安居苑9#楼0803室  65.18',
    ].join('\n');
    const redacted = redactText(text);
    for (const home of ['12栋203室', '6#楼1502室', '15栋402室', '9#楼0803室'])
      expect(redacted).not.toContain(home);
    expect(redacted).toContain('合肥某某物资贸易有限公司');
  });

  it('reads a person who sells under a shop’s name (网店名称：…小铺) as a person: her 住所 is her home', () => {
    const text =
      '当事人基本情况\n姓    名：方晓蕾⁣性    别：女\n身份证号：330782199411030627\n住    所：义乌市稠城街道宾王路158弄7号301室\n网店名称：蕾蕾潮鞋小铺（拼多多平台）\n本局对当事人位于义乌市稠城街道宾王路158弄7号301室的住所兼仓库进行检查。';
    expect(holders(text)[0]).toEqual([Role.party, HolderKind.person, '方晓蕾']);
    expect(redactText(text)).not.toContain('158弄7号301室');
    // A company's block with a shop's name stays an organisation's: its 住所 is public.
    const company = redactText(
      '当事人：义乌市蕾蕾贸易有限公司\n统一社会信用代码：91330782MA2HX3KX5T\n住所：义乌市稠城街道宾王路158号\n网店名称：蕾蕾潮鞋小铺',
    );
    expect(company).toContain('宾王路158号');
  });

  it('reads an ID written in full width, its check letter too (４４０５…Ｘ), as a person’s', () => {
    expect(
      redactText(
        '当事人名称：郑汉生⁣统一社会信用代码/身份证号：４４０５１３１９７８０３１５２０１Ｘ⁣住所：汕头市潮阳区棉城镇东山大道138号2幢503房',
      ),
    ).not.toContain('2幢503房');
  });

  it('reads 经营者/法定代表人 as one representative, and 证件号码 by what it holds (an ID or a code)', () => {
    const row = (party: string, number: string, home: string) =>
      `当事人：${party}⁣经营者/法定代表人：冉红⁣证件号码：${number}⁣住所：${home}⁣经营场所：达州市通川区朝阳街道凤凰大道145号负一楼`;
    // A shop with no code, its operator's ID: the 住所 is the operator's home.
    expect(
      redactText(
        row(
          '达州市通川区冉姐家常菜馆',
          '511702198609172629',
          '达州市通川区朝阳街道华蜀北路33号1单元502室',
        ),
      ),
    ).not.toContain('华蜀北路33号');
    // A company's code in the same column: its 住所 is the company's, public.
    const company = redactText(
      row(
        '达州市蜀味轩餐饮管理有限公司',
        '91511702MA6AH0TU9P',
        '达州市通川区西城街道朝阳西路210号',
      ),
    );
    expect(company).toContain('朝阳西路210号');
    expect(company).toContain('冉红');
  });

  it('reads where papers reach the addressee as his own when the clause says so (你的, 其提供的, 系你…)', () => {
    const salutation = '邓雪梅女士：\n本局对你作出行政处罚决定。你可以到本局法规科当面陈述。\n';
    expect(
      redactText(
        `${salutation}本催告书送达地址：眉山市东坡区太和镇永丰村8组，系你在《送达地址确认书》中确认的地址。`,
      ),
    ).not.toContain('永丰村8组');
    expect(
      redactText(`${salutation}你的送达地址：三台县潼川镇北坝路三段77号金色家园2栋3单元601室。`),
    ).not.toContain('金色家园');
    expect(
      redactText(
        '当事人：李国栋\n经查，当事人违规办理业务。\n决定书按其提供的联系地址汉中市汉台区北关街道天汉大道中段汉江御景小区12幢1单元1802室邮寄送达。',
      ),
    ).not.toContain('御景小区');
    // The agency's address, with no word saying it is the addressee's, stays.
    expect(redactText(`${salutation}本局联系地址：眉山市东坡区东坡大道南三段6号。`)).toContain(
      '东坡大道南三段6号',
    );
  });

  it('reads the contact lines right above the agency’s name and date as the agency’s', () => {
    const text =
      '当事人：韩国庆\n住址：叙永县江门镇江门村4组36号\n经查，当事人违法建设。\n联系地址：叙永县叙永镇滨河路西段118号　联系电话：0830-6233126\n叙永县综合行政执法局\n2025年5月6日';
    const redacted = redactText(text);
    expect(redacted).toContain('叙永县叙永镇滨河路西段118号');
    expect(redacted).toContain('0830-6233126');
    expect(redacted).not.toContain('江门村4组36号');
  });

  it('reads no home in an agency’s name (经泸县住房城乡建设局鉴定为C级危房)', () => {
    const text =
      '申请人：杨德明\n\n申请户现有住房系1983年修建的房屋，经泸县住房城乡建设局鉴定为C级危房。听证在泸县住房城乡建设局三楼会议室举行。';
    expect(readDocument(text).personalAddresses).toEqual([]);
  });

  it('reads a party’s block on past a label a PDF’s line cut (身份⏎证号码…，住⏎古蔺县…)', () => {
    const text =
      '当事人：袁小红，女，汉族，1988年10月23日生，身份\n证号码510525198810232462，住\n古蔺县古蔺镇金兰大道三段77号翠湖湾小区4栋1单元1101室，系\n古蔺县顺达商贸有限公司会计人员。';
    expect(redactText(text)).not.toContain('翠湖湾小区4栋');
    expect(readDocument(text).holders[0]?.kind).toBe(HolderKind.person);
  });

  it('reads 你（…） under a salutation as the party’s details, labels with no colon too', () => {
    const text =
      '鄭興福：\n    你（性別男，身份證號51132319670923041X，聯繫地址蓬安縣相如街道嘉陵江路東段218號）於2024年9月擅自取土。';
    const [address] = readDocument(text).personalAddresses;
    expect(text.slice(address!.start, address!.end)).toBe('蓬安縣相如街道嘉陵江路東段218號');
  });

  it('reads a flat the party owns (（当事人所有，…）) as a home, and finds it again from its street', () => {
    const text =
      '当事人：张建华，男，1975年3月2日出生。\n被检查场所：兰州市城关区皋兰路街道静宁路236号2号楼3单元402室（当事人所有，出租用于群租）\n我大队于2024年12月19日对静宁路236号2号楼3单元402室进行了复查。';
    const redacted = redactText(text);
    expect(redacted).not.toContain('静宁路236号');
    expect(redacted).toContain('（当事人所有，出租用于群租）');
    expect(redacted).toContain('进行了复查');
  });

  it('reads a decision laid out as a table of sections: its facts say nothing of the party', () => {
    // 违法事实 | prose naming a company: the party is still a person; the agency's own line
    // (its full name, then 地址：) closes the decision, its address public.
    const text = [
      '被处罚人\u2063姓名：刘振江\u2063性别：男',
      '出生日期：1972年6月30日\u2063民族：汉',
      '住所：哈尔滨市南岗区先锋路街道红旗大街288号红旗小区3栋4单元602室',
      '违法事实\u20632025年1月6日7时50分许，被处罚人驾驶车辆在公交站台内违法停车，哈尔滨市公共交通集团有限公司11路公交车驾驶员王晓东鸣笛示意其驶离。',
      '处罚决定\u2063行政拘留五日，并处罚款人民币伍佰元。',
      '哈尔滨市公安局公交分局　地址：哈尔滨市南岗区中山路175号　举报投诉电话：0451-82361110',
    ].join('\n');
    const reading = readDocument(text);
    expect(holders(text)[0]).toEqual([Role.party, HolderKind.person, '刘振江']);
    expect(reading.personalAddresses.map((span) => text.slice(span.start, span.end))).toEqual([
      '哈尔滨市南岗区先锋路街道红旗大街288号红旗小区3栋4单元602室',
    ]);
  });

  it('reads 你户（…） as the addressed household’s details (用气地址 of a gas account)', () => {
    const text =
      '用户葛某某：\n\n　　你户（用户编号：SY0823716，用气地址：沭阳县沭城街道人民中路16号锦绣江南小区11幢2单元502室）于2024年8月19日晚被报告燃气异味。';
    const [address] = readDocument(text).personalAddresses;
    expect(text.slice(address!.start, address!.end)).toBe(
      '沭阳县沭城街道人民中路16号锦绣江南小区11幢2单元502室',
    );
  });

  it('keeps an organisation’s 住所 in the bracket after its name, even in a person’s block', () => {
    const text =
      '当事人：周丽萍\n身份证号：510521198806142220\n工作单位：泸县恒达鞋业有限公司（统一社会信用代码：91510521MA65C2HB8M，住所：泸县福集镇经济开发区鞋业园区C区6号，法定代表人：程光明）\n住址：泸县福集镇龙华路12号3栋2单元501室';
    const found = redactText(text);
    expect(found).toContain('泸县福集镇经济开发区鞋业园区C区6号');
    expect(found).not.toContain('龙华路12号3栋2单元501室');
  });

  it('住房公积金 is no home', () => {
    const text =
      '当事人：某某物业有限公司\n\n本中心地址：泸州市江阳区酒城大道三段17号住房公积金大楼6楼';
    expect(readDocument(text).personalAddresses).toEqual([]);
  });

  it('reads a home after 住在 / 租住的, up to what happened inside it', () => {
    const text =
      '当事人：钟华平\n\n执法人员在其租住的于都县贡江镇长征大道188号3栋2单元402室内查获记账本一本。';
    const [address] = readDocument(text).personalAddresses;
    expect(text.slice(address!.start, address!.end)).toBe('于都县贡江镇长征大道188号3栋2单元402室');
  });

  it('reads a table’s rows under a header row as the open party’s (a company’s 住所 stays)', () => {
    const text =
      '单位名称\u2063法定代表人\n单位名称：南充市嘉陵区康乐托养服务中心\u2063法定代表人：宋建国\n住所\u2063联系人\n住所：南充市嘉陵区火花街道嘉陵大道二段118号\u2063联系人：蒲晓东\n\n经查，…';
    const reading = readDocument(text);
    expect(reading.personalAddresses).toEqual([]);
    expect(reading.thirdPartyNames.map((name) => name.name)).toContain('蒲晓东');
  });

  it.each<[string, string | undefined]>([
    ['安裝在其住房慶符鎮沙壩村二組15號樓頂。', '慶符鎮沙壩村二組15號'],
    ['其住房位于纳溪区大渡口镇天仙硐村四组18号。', '纳溪区大渡口镇天仙硐村四组18号'],
    ['为王怀远在其家中（白沙镇石堡村三组12号）安装1套', '白沙镇石堡村三组12号'],
    ['经审核，赵金山户已有宅基地一处（坐落于东兴村四屯7号），不符合条件。', '东兴村四屯7号'],
    ['马国强家庭原承租东关街道罗玉小区公租房7号楼303室。', '东关街道罗玉小区公租房7号楼303室'],
    [
      '其女前几年把家安在了哈尔滨市南岗区学府路292号学府家园5栋1单元1101室。',
      '哈尔滨市南岗区学府路292号学府家园5栋1单元1101室',
    ],
    ['申请人代表马国林原住舜耕小区8号楼3单元602室，现已出售。', '舜耕小区8号楼3单元602室'],
    [
      '现已搬至历城区花园路103号泉景花园2号楼1单元401室居住。',
      '历城区花园路103号泉景花园2号楼1单元401室',
    ],
    ['申请人代表：孙立伟（文华园3号楼2单元1201室），已签字。', '文华园3号楼2单元1201室'],
    // 原住宅 is 原 and 住宅 (the house, its address after it), not 原住 and 宅….
    ['拆除其原住宅白腊坪村48号的附属房。', '白腊坪村48号'],
    [
      '张有富在其位于会泽县娜姑镇白雾村下街组56号的旧宅原址拆旧建新。',
      '会泽县娜姑镇白雾村下街组56号',
    ],
    [
      '经营地址：拱墅区小河街道和睦新村12幢2单元601室（住宅，经营者本人居住）',
      '拱墅区小河街道和睦新村12幢2单元601室',
    ],
    [
      '该户搬至其位于秦州区七里墩街道藉河南路66号天润花园3号楼1单元602室的新家中居住。',
      '秦州区七里墩街道藉河南路66号天润花园3号楼1单元602室',
    ],
    ['经审核，该户已有住房一处，坐落于望奎县东郊镇东兴村四屯7号。', '望奎县东郊镇东兴村四屯7号'],
    [
      '查封场所：南京市鼓楼区湖南路街道马台街41号1幢503室（当事人所有、用于出租的住宅）。',
      '南京市鼓楼区湖南路街道马台街41号1幢503室',
    ],
  ])('reads a home written after its dwelling word: %s', (sentence, home) => {
    const text = `当事人：某某广告有限公司\n\n${sentence}`;
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(home ? [home] : []);
  });

  it.each([
    ['根据安升街112号1单元101室住户孟某某的举报，我大队进行检查。', '安升街112号1单元101室'],
    ['工作人员报告：该小区12幢1单元702户业主马某某的住宅正在装修。', '小区12幢1单元702户'],
    ['承租人陈某某在屋内。7栋1402房住户王某某反映，隔断施工噪声大。', '7栋1402房'],
    // A flat alone, as neighbours in one building name it.
    ['擅自关闭对门602室住户乔淑梅的供热入户阀门。', '602室'],
    ['楼上7楼2号住户蔡宏伟反映漏水。', '7楼2号'],
    ['同楼1103房住户卢伟强证实。', '1103房'],
    ['租户罗小军称，其租住的301室自2023年9月起卫生间下水不畅。', '301室'],
    // A neighbour's place, then whose household it is.
    ['猪粪经排水孔流入与其相邻的汪大郢36号汪德林家的菜地。', '汪大郢36号'],
    ['污水倒灌进与其相邻的\n徐家组50号村民徐金花家的厨房。', '徐家组50号'],
    ['与其相邻的御景湾花园28幢业主顾春梅因雨水井堵塞投诉。', '御景湾花园28幢'],
    ['与其相邻的3号楼正在施工。', undefined],
    // A building's residents, not a flat's: no one's home.
    ['执法人员走访了该小区3栋住户，了解施工情况。', undefined],
    // A shop rented is no home.
    ['当事人承租城关镇人民路18号门面从事餐饮经营。', undefined],
  ])('reads a flat before who lives in it (住户, 业主, 租户) as a home: %s', (sentence, home) => {
    const text = `当事人：某某装饰工程有限公司\n\n${sentence}`;
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(home ? [home] : []);
  });

  it('reads a house in the bracket after a third person as that person’s home, with no label', () => {
    const text =
      '当事人：某某培训学校\n\n学生家长刘光荣（泸县福集镇龙华路33号，18090278831）向本局投诉；邓建国（住9栋1单元602室）等11户业主来信。';
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(['泸县福集镇龙华路33号', '9栋1单元602室']);
  });

  it('reads a third person’s bracket across a line break of text pasted from a PDF', () => {
    const text =
      '当事人：谢长松\n本局接投诉人邹玉兰（住\n泸县玉蟾街道龙城大道二段168号7栋1单元1401室）投诉。';
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(['泸县玉蟾街道龙城大道二段168号7栋1单元1401室']);
  });

  it('reads a label cut by a PDF’s line break (户籍所在⏎地：), the block going on past it', () => {
    const text =
      '　　违法行为人邱子轩，男，2008年10月14日出生，身份证件\n种类及号码：居民身份证511011200810140352，户籍所在\n地：四川省内江市东兴区西林街道沱江路210号4栋1单元302室，现住\n址：同户籍所在地。\n';
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(['四川省内江市东兴区西林街道沱江路210号4栋1单元302室']);
  });

  it.each([
    ['其位于锦绣蓝湾花园12幢2-18-2的住宅所附露台', '锦绣蓝湾花园12幢2-18-2'],
    ['对当事人位于东兴区椑木镇高石村五组28号\n的住宅进行现场检查', '东兴区椑木镇高石村五组28号'],
    [
      '孔明灯坠落在\n叙州区南岸街道滨江路西段12号，系居民唐德明的自建住宅',
      '叙州区南岸街道滨江路西段12号',
    ],
    ['其位于合江县白沙镇梨子村6组的老宅无人居住', '合江县白沙镇梨子村6组'],
    [
      '对位于泸州市江阳区酒城大道二段118号6栋1单元502室的出租住宅进行检查',
      '泸州市江阳区酒城大道二段118号6栋1单元502室',
    ],
    ['欧阳丽萍住滨江花园6栋1单元802室，反映其孩子无法学习', '滨江花园6栋1单元802室'],
    ['罗德明为其母在自家院坝（资中县球溪镇响水村3组22号）操办寿宴', '资中县球溪镇响水村3组22号'],
  ])(
    'reads an estate’s flat, an address before a PDF’s line break, or whose house it is: %s',
    (sentence, home) => {
      const text = `当事人：上官文涛\n\n${sentence}。`;
      const spans = readDocument(text).personalAddresses.map((span) =>
        text.slice(span.start, span.end),
      );
      expect(spans).toEqual([home]);
    },
  );

  it('reads 住院时间 as no address, and a sentence in a run-on block as no bare address', () => {
    const text =
      '当事人冉光明，现居住于叙州区柏溪街道金沙湾小区9栋3单元502室，自2024年10月起租用司马春燕所有的叙州区柏溪街道龙兴路43号门市。\n\n姓名：谢长贵\u2063住院时间：2024.01.08-01.19\n';
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(['叙州区柏溪街道金沙湾小区9栋3单元502室']);
  });

  it.each<[string, string, string[]]>([
    [
      'a third person’s home after a comma, past descriptions',
      '当事人之子陈浩然，暂住内江市市中区玉溪街道大千路北段18号附5号，在询问中称；证人李四，男，45岁，住石碾村7组，在场。',
      ['内江市市中区玉溪街道大千路北段18号附5号', '石碾村7组'],
    ],
    [
      'a village group of five characters, a floor, a flat as residents write it',
      '在其位于石牛村四组的家中；证人晏国华（暂住泸县福集镇新华街34号2楼）陈述；充电线从当事人家中（东方丽景3-1-602）接出。',
      ['石牛村四组', '泸县福集镇新华街34号2楼', '东方丽景3-1-602'],
    ],
    [
      'a buyer’s 收货地 in a row of sales',
      '交易日期\u2063买受人\u2063收货地\n交易日期：2024-08-12\u2063买受人：唐伟\u2063收货地：自贡市自流井区丹桂街道檀木林街22号5栋301室\n',
      ['自贡市自流井区丹桂街道檀木林街22号5栋301室'],
    ],
    [
      'a home after 租住的 or 家位于, up to its flat or group when the clause goes on',
      '对当事人租住的合江县合江镇滨江路218号锦江苑4栋2单元601室进行检查；另一处在其岳父钟明全家位于叙州区观音镇钟山村7组的闲置偏房内。',
      ['合江县合江镇滨江路218号锦江苑4栋2单元601室', '叙州区观音镇钟山村7组'],
    ],
    [
      'a home after 暂住 in prose, past its 于',
      '谢娟与家人恢复联系，目前暂住宜宾市南溪区南溪街道滨江路27号，在餐馆帮厨；其子暂住于自贡市贡井区筱溪街道大公井路27号2-3-1。',
      ['宜宾市南溪区南溪街道滨江路27号', '自贡市贡井区筱溪街道大公井路27号2-3-1'],
    ],
    [
      'an address a PDF’s line cut, in prose, past a page number',
      '经核实，涂某某现居住于泸州市龙马潭区莲花池街道\n蜀泸大道一段66号8栋，本人另有住房。该房屋由施工队负责人陈光明（住泸县云龙镇\n杨柳村4组）承建。',
      ['泸州市龙马潭区莲花池街道\n蜀泸大道一段66号8栋', '泸县云龙镇\n杨柳村4组'],
    ],
    [
      'the roof of the addressee’s own 住宅楼 (not a 住宅楼 project)',
      '你在你位于沐川县沐溪镇文星街58号的住宅楼顶擅自搭建彩钢棚一处。',
      ['沐川县沐溪镇文星街58号'],
    ],
    [
      'a label whose colon a PDF put on the next line, then an address cut by the line after',
      '当事人：罗光明，男，汉族，1968年3月2日出生，公民身份号码\n：510522196803020013，户籍地：合江县白沙镇梯\n子村6组21号，联系电话：13880762231。',
      ['合江县白沙镇梯\n子村6组21号'],
    ],
    [
      'a village with no group is a home where the sentence says whose (其男友吴建平位于…村的家中), not a company’s plant',
      '违法行为人一直居住在其男友吴建平位于珙县巡场镇新华村的家中。某公司在其位于珙县巡场镇新华村的厂房内生产。',
      ['珙县巡场镇新华村'],
    ],
    [
      'a villager’s 村组 in a table row',
      '当事人：荣县双古镇丰收农资店\n\n本局对购买种子的农户进行了询问：\n姓名\u2063村组\u2063联系电话\n姓名：黄德华\u2063村组：双古镇黄桷村3组\u2063联系电话：13990036127',
      ['双古镇黄桷村3组'],
    ],
    [
      'a home after a complainant’s name and 住 (投诉人张玉兰住…)',
      '投诉人张玉兰住江油市中坝镇诗仙路中段91号3栋1单元202室，其家窗户正对该绿化带。',
      ['江油市中坝镇诗仙路中段91号3栋1单元202室'],
    ],
    [
      'a flat in a bracket after 住房一套 and 新房一套',
      '合同载明当事人购买郑德华名下住房一套（威远县严陵镇凤翔路二段115号4单元202室）。周建明购有新房一套（阳光花城小区8栋1单元1302室），尚未入住。',
      ['威远县严陵镇凤翔路二段115号4单元202室', '阳光花城小区8栋1单元1302室'],
    ],
    [
      'a one-character label 住 right before the county (住旺苍县…), its first character kept in the address',
      '违法行为人邓子明，男，住旺苍县嘉川镇\n滨河路32号附5号。',
      ['旺苍县嘉川镇\n滨河路32号附5号'],
    ],
    [
      'an address before 的自有⏎住宅',
      '当事人在其位于泸县云龙镇石桥村11组36号的自有\n住宅东侧加建房屋。',
      ['泸县云龙镇石桥村11组36号'],
    ],
    [
      'a building where people live, then what is below it',
      '你们反映，位于你们居住的纳溪区永宁街道云溪西路33号2栋楼下的餐饮店油烟直排。',
      ['纳溪区永宁街道云溪西路33号2栋'],
    ],
    [
      'a flat after 其住, not 其住所/其住房',
      '我局再次接到住户上官文彬投诉（其住锦江苑3栋2单元1602室，与当事人住宅相邻）；其住房位于纳溪区大渡口镇天仙硐村四组18号。',
      ['锦江苑3栋2单元1602室', '纳溪区大渡口镇天仙硐村四组18号'],
    ],
    [
      'a sentence that reaches a place is no bare address',
      '当事人付永福，男，1970年出生，当事人请来风水先生欧阳春林在石牛村7组黄桷湾林地内择定墓址。',
      [],
    ],
  ])('reads homes of people in prose and rows: %s', (_name, sentence, homes) => {
    const text = `当事人：付永福\n\n${sentence}`;
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(homes);
  });

  it('ends a witness’s lines at an officer’s signature: the phone after it is the agency’s', () => {
    const text =
      '当事人：邓永福\n\n当事人（签名）：邓永福\n证人（签名）：潘小雨\n调查人员（签名）：唐建国　孟凡\n记录员（签名）：胡倩\n联系电话：0830-2282113\n';
    expect(whoseAt(text, '0830-2282113')).toBe(HolderKind.agency);
    expect(redactText(text)).toContain('0830-2282113');
  });

  it('reads 住所 and 名下 in prose as a home only when the party is a person or a 个体工商户', () => {
    const facts =
      '\n\n在当事人位于合江镇新华路二段9号的住所内查获图书。孙丽华称其住所位于\n宜宾市叙州区柏溪街道金沙江大道西段126号2单元3楼1号。申请将其父亲刘德明名下的位于内江市东兴区汉安大道东段88号锦绣花园3栋2单元602室（以下简称涉案房屋）转移登记。';
    const homes = (text: string) =>
      readDocument(text).personalAddresses.map((span) => text.slice(span.start, span.end));
    expect(homes(`当事人：潘玉珍\n身份证号码：510522198604190629${facts}`)).toEqual([
      '合江镇新华路二段9号',
      '宜宾市叙州区柏溪街道金沙江大道西段126号2单元3楼1号',
      '内江市东兴区汉安大道东段88号锦绣花园3栋2单元602室',
    ]);
    expect(
      homes(`当事人：泸州某某文化传媒有限公司\n统一社会信用代码：91510504MA62B7CD9W${facts}`),
    ).toEqual([]);
  });

  it('keeps a business’s own address in a person’s block (村卫生室地址)', () => {
    const text =
      '当事人：蒲成林\n身份证号：511325197003150011\n住址：西充县晋城街道双龙村三组26号\n村卫生室地址：西充县晋城街道双龙村村民委员会办公楼一楼';
    const spans = readDocument(text).personalAddresses.map((span) =>
      text.slice(span.start, span.end),
    );
    expect(spans).toEqual(['西充县晋城街道双龙村三组26号']);
  });

  it.each<[string, string, string[]]>([
    [
      'a party read as nobody in particular keeps its delivery place private',
      '受送达人\t阿依古丽·买买提\n送达地点\t成都市成华区望平街168号\n',
      ['成都市成华区望平街168号'],
    ],
    [
      'a given name that starts with a preposition (向东) is still a name',
      '受送达人：彭向东\n送达地点：成都市成华区望平街168号\n',
      ['成都市成华区望平街168号'],
    ],
    [
      'an address followed by a dwelling word',
      '当事人：某某装饰有限公司\n\n经查，当事人承接业主伍晓君位于成都市成华区建设北路二段8号9栋1单元603号住宅的装修工程。',
      ['成都市成华区建设北路二段8号9栋1单元603号'],
    ],
    [
      '房屋 only when the sentence says whose',
      '当事人：李四\n\n对当事人所有的长沙市岳麓区望月湖小区7片12栋302室房屋进行检查，又对某某公司位于长沙市岳麓区枫林路12号的房屋进行检查。',
      ['长沙市岳麓区望月湖小区7片12栋302室'],
    ],
    [
      'a development is not a home',
      '当事人：某某房地产开发有限公司\n\n当事人开发的位于泸州市江阳区康城路12号的住宅小区未经验收。',
      [],
    ],
  ])('%s', (_name, text, homes) => {
    const reading = readDocument(text);
    const found = reading.personalAddresses.map((span) => text.slice(span.start, span.end));
    expect(found).toEqual(homes);
  });
  it('reads each row of a list as its own party, persons and companies mixed, after a number cell', () => {
    // A utility's notice served by publication: 以下电力客户：, then one row per account, each
    // opened by its notice's number; a company's row between two households' rows.
    const row = (number: string, cells: string) =>
      `通知书编号：固电欠停〔2024〕第${number}号\u2063${cells}`;
    const text = [
      '以下电力客户：',
      '通知书编号\u2063户名\u2063用电地址\u2063联系电话',
      row(
        '113',
        '户名：黄德胜\u2063用电地址：固始县番城街道蓼北路218号金地花园9栋1单元302室\u2063联系电话：18939764025',
      ),
      row(
        '114',
        '户名：固始县宏达米业有限公司\u2063用电地址：固始县史河湾工业园区纬三路16号\u2063统一社会信用代码：91411525MA45M8TJ0B；法定代表人：吴传宝',
      ),
      row('115', '户名：易秀云\u2063用电地址：固始县陈淋子镇杨湾村东湾组\u2063联系电话：—'),
      '',
      '你（单位）拖欠上表所列电费，应于七日内缴清。',
    ].join('\n');
    const reading = readDocument(text);
    expect(reading.personalAddresses.map((span) => text.slice(span.start, span.end))).toEqual([
      '固始县番城街道蓼北路218号金地花园9栋1单元302室',
      '固始县陈淋子镇杨湾村东湾组',
    ]);
    expect(reading.thirdPartyNames).toEqual([]);
    expect(holders(text).filter(([role]) => role === Role.party)).toEqual([
      [Role.party, HolderKind.person, '黄德胜'],
      [Role.party, HolderKind.organisation, '固始县宏达米业有限公司'],
      [Role.party, HolderKind.person, '易秀云'],
    ]);
  });
});

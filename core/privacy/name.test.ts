import { describe, expect, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';
import { personNameEnd } from './reading/person-name';

describe('third-party names', () => {
  it.each([
    ['李四，', 2],
    ['王小明的', 3],
    ['欧阳小明。', 4],
    ['歐陽小明，', 4],
    ['张三系当事人', 2],
    ['刘大海证实', 3],
    ['四川某某律师事务所', -1],
    ['应自收到本决定书', -1],
    ['于当日', -1],
  ])('personNameEnd(%s) = %i', (text, end) => expect(personNameEnd(text, 0)).toBe(end));

  it.each([
    ['agent', '委托代理人：李四，', [['name', '李四']]],
    ['Traditional label', '委託代理人：李四。', [['name', '李四']]],
    ['Traditional compound surname', '委託代理人：歐陽小明，', [['name', '歐陽小明']]],
    [
      'witnesses list',
      '证人：王五、赵六。',
      [
        ['name', '王五'],
        ['name', '赵六'],
      ],
    ],
    ['relative', '近亲属：张小红（系当事人之女）', [['name', '张小红']]],
    ['no colon', '证人刘大海证实当事人先动手。', [['name', '刘大海']]],
    ['kinship', '已通知其妻子林燕（联系电话另存）。', [['name', '林燕']]],
    [
      'named again without a role word',
      '受害人王芳勇称，当事人推搡王芳勇致其轻微伤。',
      [
        ['name', '王芳勇'],
        ['name', '王芳勇'],
      ],
    ],
    [
      'named before the role word',
      '监护人：唐建军（系当事人之父）。唐建军到场。',
      [
        ['name', '唐建军'],
        ['name', '唐建军'],
      ],
    ],
    ['a kin named before a function word', '由其子周勇于2025年3月证实。', [['name', '周勇']]],
    [
      'a son before an office he went to',
      '设备由其子黄建国拆除后交至白沙镇文化站。',
      [['name', '黄建国']],
    ],
    ['a grandson before a verb', '售粮时由其孙袁浩陪同并代为签字。', [['name', '袁浩']]],
    [
      'an agent said not to be a lawyer',
      '当事人委托其表弟苟建军（非律师）参加听证。',
      [['name', '苟建军']],
    ],
    [
      'a common surname once missing (洪)',
      '网站注册用户洪建新（实名手机号另存）发布帖文。',
      [['name', '洪建新']],
    ],
    ['a sailor', '当事人：某某航运有限公司\n水手易小兵询问笔录一份。', [['name', '易小兵']]],
    [
      'another business’s operator',
      '当事人：张三\n堆场经营者任国华通过银行转账付款。',
      [['name', '任国华']],
    ],
    [
      "another organisation's inspector",
      '当事人：张三\n丽春供电所用电检查员卢伟在排查时发现，卢伟陈述属实。',
      [
        ['name', '卢伟'],
        ['name', '卢伟'],
      ],
    ],
    [
      'a family listed beside a person',
      '部分用户有：李家湾村李德珍、李德友兄弟及王某某等。',
      [
        ['name', '李德珍'],
        ['name', '李德友'],
      ],
    ],
    [
      'a listed name before a verb',
      '销售员苟明亮、钟倩接受询问时证实，钟倩还称。',
      [
        ['name', '苟明亮'],
        ['name', '钟倩'],
        ['name', '钟倩'],
      ],
    ],
    ['a quoted name after 登记为', '收货人登记为“汪波”，收货地址另存。', [['name', '汪波']]],
    [
      'the next clause said of another person in the same words',
      '售粮农户中，桂香村王某某出售小麦3200公斤，王开亮出售小麦2850公斤。',
      [['name', '王开亮']],
    ],
    [
      'a person the facts are about, with no role word',
      '当事人：张三\n经查，刘德明于3月5日将图书送至店内，刘德明另于3月12日补送一批。',
      [
        ['name', '刘德明'],
        ['name', '刘德明'],
      ],
    ],
    [
      'a seller named between 从 and 处',
      '当事人：张三\n器具系其本人从万朝伦处以800元购得。',
      [['name', '万朝伦']],
    ],
    ['a buyer (…者)', '当事人：张三\n购药者母德华于同日到店购买。', [['name', '母德华']]],
    ['a complainant after 接到', '本局接到陈思雨举报，称其注射后面部红肿。', [['name', '陈思雨']]],
    ['a head nurse before 提供', '据急诊科护士长江燕提供的接诊记录。', [['name', '江燕']]],
    ['a doctor of a clinic', '会同先市镇卫生院医生何俊检查。', [['name', '何俊']]],
    [
      'a signature of a third person',
      '代收人签名：蔡文君　　与受送达人关系：配偶',
      [['name', '蔡文君']],
    ],
    [
      'a numbered list of taxpayers',
      '涉及员工2人：\n1．雷振宇，纳税人识别号另附；\n2．柏林，纳税人识别号另附。',
      [
        ['name', '雷振宇'],
        ['name', '柏林'],
      ],
    ],
    [
      'a table of workers in the facts of a company decision',
      '用人单位名称：某某鞋业有限公司\n统一社会信用代码：91510503MA68N2GX5C\n经查，拖欠工资明细如下：\n序号：1\u2063姓名：佘志刚\u2063欠薪金额（元）：6420',
      [['name', '佘志刚']],
    ],
    ['a doctor before 诊断', '经该院急诊科医生巩丽诊断为中毒。', [['name', '巩丽']]],
    ['a compound surname once missing (鲜于)', '被侵害人鲜于婷称被推倒。', [['name', '鲜于婷']]],
    [
      'a relative named with the kinship in brackets',
      '出院后，由覃美玲（妻）照料休养。',
      [['name', '覃美玲']],
    ],
    ['a grid worker (丘)', '网格员丘志强在入户核查时发现。', [['name', '丘志强']]],
    ['a tenant after 出租给', '经查，你将商铺出租给秦小玲经营服装店。', [['name', '秦小玲']]],
    [
      'buyers after 出售给',
      '当事人已将石料出售给黄永贵、杨荣及某某建材经营部。',
      [
        ['name', '黄永贵'],
        ['name', '杨荣'],
      ],
    ],
    [
      'a witness, not the officer, in a table of people present',
      '当事人：杨正发\n在场人员如下：\n身份：见证人\u2063姓名：罗光荣\n身份：执法人员\u2063姓名：王芳\u2063备注：执法证号',
      [['name', '罗光荣']],
    ],
    [
      'people listed before 等 and what they are',
      '先后向何秀英、赖春生等县城汽车修理店经营者收购废矿物油。',
      [
        ['name', '何秀英'],
        ['name', '赖春生'],
      ],
    ],
    ['a deputy head of a school', '该校副校长黎华强在询问中称。', [['name', '黎华强']]],
    ['a village party secretary', '双石村党支部书记蓝志勇陪同检查。', [['name', '蓝志勇']]],
    [
      'buyers after 购买人包括',
      '上述墓穴购买人包括：马秀兰（用于安葬其夫骨灰）、詹福林等。',
      [
        ['name', '马秀兰'],
        ['name', '詹福林'],
      ],
    ],
    [
      'people counted after their role word, then named (分别是, 即)',
      '店内有从业人员两名，分别是刘红梅、张晓丽，均未取得健康证明；另有5名工人即张大山、李二毛被拖欠工资。',
      [
        ['name', '刘红梅'],
        ['name', '张晓丽'],
        ['name', '张大山'],
        ['name', '李二毛'],
      ],
    ],
    [
      'a foreigner named by nationality, in both spellings, and again',
      '当事人：廖光辉\n经查，越南籍女子NGUYEN THI LAN（中文名阮氏兰，女）随其丈夫入住。阮氏兰称不知情。',
      [
        ['name', 'NGUYEN THI LAN'],
        ['name', '阮氏兰'],
        ['name', '阮氏兰'],
      ],
    ],
    [
      'a foreigner whose name has no Chinese surname, before the bracket of details',
      '当事人：罗德明\n缅甸籍男子貌貌（MAUNG MAUNG，男）在该厂务工。',
      [
        ['name', '貌貌'],
        ['name', 'MAUNG MAUNG'],
      ],
    ],
    [
      'foreigners listed after a nationality and a word for them, with no Chinese surname; a dotted name ends where the sentence goes on',
      '当事人：某某茶叶有限公司\n经查，当事人聘用缅甸籍人员昂觉敏、妙蒂达在车间工作，介绍缅甸籍男子佐佐泰到其工地，俄罗斯籍人员安德烈·伊万诺夫在当事人的酒吧演出。缅甸籍人员务工期间未登记。',
      [
        ['name', '昂觉敏'],
        ['name', '妙蒂达'],
        ['name', '佐佐泰'],
        ['name', '安德烈·伊万诺夫'],
      ],
    ],
    [
      'a foreigner’s Chinese spelling in its own column (姓名：… ⁣中文译名：…)',
      '违法行为人：王明贵，男，身份证号码：510502198001020016\n现查明：2025年8月，违法行为人王明贵介绍下列缅甸籍人员到茶园从事管护工作：\n姓名⁣中文译名⁣性别\n姓名：AUNG KYAW MIN⁣中文译名：昂觉敏⁣性别：男',
      [
        ['resident-id', '510502198001020016'],
        ['name', 'AUNG KYAW MIN'],
        ['name', '昂觉敏'],
      ],
    ],
    [
      'a name of a two-character surname in four characters, and one that 出具 ends',
      '当事人：陈国富\n陈国富称该门面系其向房东欧阳建平租用。该院医生上官明出具了评定意见，店员邵婷出具收条。',
      [
        ['name', '欧阳建平'],
        ['name', '上官明'],
        ['name', '邵婷'],
      ],
    ],
    [
      'an institution’s contact in a listing’s 机构联系人及电话 column',
      '序号：1⁣机构名称：阜宁县某某养老服务中心⁣统一社会信用代码：52320923MJ6123456X⁣机构联系人及电话：朱海燕 13812345678',
      [
        ['name', '朱海燕'],
        ['mobile', '13812345678'],
      ],
    ],
    [
      'a witness’s signature cell, the name in the cell after it (见证人签名⇥…)',
      '当事人：邓某\n见证人签名\t罗小凤（望平社区网格员）\n送达人签名\t邓波',
      [['name', '罗小凤']],
    ],
    [
      'the one a party hired, and a relative as said in a statement',
      '当事人：何丽萍\n当事人聘用潘雨欣（在校大学生）负责辅导，聘用唐秀兰负责做饭。答：收钱的是我老婆钟玉芬。',
      [
        ['name', '潘雨欣'],
        ['name', '唐秀兰'],
        ['name', '钟玉芬'],
      ],
    ],
    [
      'a community’s cadre who witnessed, and pupils listed before 等学生',
      '当事人：熊婷\n社区干部彭光明到场见证。现场有学生，其中包括欧阳子睿、司马嘉琪等学生。',
      [
        ['name', '彭光明'],
        ['name', '欧阳子睿'],
        ['name', '司马嘉琪'],
      ],
    ],
    [
      'Yi names (a clan’s name and a given name) and Tibetan names (no surname at all)',
      '当事人：沙马木呷\n被侵害人俄底日哈（男，34岁）报警。证人泽仁卓玛、央宗证实；村民阿牛史日称其当时在场。',
      [
        ['name', '俄底日哈'],
        ['name', '泽仁卓玛'],
        ['name', '央宗'],
        ['name', '阿牛史日'],
      ],
    ],
    [
      'the one who hired the party',
      '当事人：温建华\n受雇于庞德胜，张贴小广告；另受雇于某某保洁有限公司从事清洁。',
      [['name', '庞德胜']],
    ],
    [
      'a tenant',
      '当事人：某某房地产经纪有限公司\n本局接到租客岳思琪实名举报。',
      [['name', '岳思琪']],
    ],
    [
      'whose property a place is (租住在…所有的, 系…所有)',
      '当事人：熊建波\n租客曹欣怡租住在余德兵所有的南溪区罗龙街道某小区3栋2单元401室。该房屋系刘德明所有。',
      [
        ['name', '曹欣怡'],
        ['name', '余德兵'],
        ['address', '南溪区罗龙街道某小区3栋2单元401室'],
        ['name', '刘德明'],
      ],
    ],
    [
      'a front-desk clerk, a car washer, whom a shop was handed to, who phoned in a report',
      '当事人：罗晓梅\n前台何雨桐登记；洗车工钱小勇称，店铺已转给简文斌经营。我局接到付强电话举报。',
      [
        ['name', '何雨桐'],
        ['name', '钱小勇'],
        ['name', '简文斌'],
        ['name', '付强'],
      ],
    ],
    [
      'family as people call them in a record, and a home said in the first person',
      '当事人：罗子轩\n答：我们找到赵一鸣的爸爸赵德明；孩子平时是他外婆陈玉兰带。谭小梅：我住玉蟾街道石桥村4组。',
      [
        ['name', '赵德明'],
        ['name', '陈玉兰'],
        ['address', '玉蟾街道石桥村4组'],
      ],
    ],
    [
      'the name someone goes by, whose place is rented, a social worker, a block leader, a rider',
      '当事人：罗俊杰\n结识真实姓名为龚坤鹏的男子；从一名自称“范强”的男子处购进；系租住诸葛文斌的房屋；专职社工黄丽负责；楼栋长邱志明到场；购买者有外卖骑手邵杰。',
      [
        ['name', '龚坤鹏'],
        ['name', '范强'],
        ['name', '诸葛文斌'],
        ['name', '黄丽'],
        ['name', '邱志明'],
        ['name', '邵杰'],
      ],
    ],
    [
      'a partner in prose (合伙 is no organisation there)',
      '当事人：廖建明\n廖建明与某小学在职教师汪晓燕商定合伙办班。',
      [['name', '汪晓燕']],
    ],
    ['listed beside a masked person', '询问笔录（严某某、任某、周勇）证实。', [['name', '周勇']]],
    [
      'listed beside a villager, after a remark',
      '农户有凤鸣村李长富（稻谷4300公斤）、李长贵（稻谷3100公斤）等。',
      [
        ['name', '李长富'],
        ['name', '李长贵'],
      ],
    ],
    [
      'the next item of a list of people',
      '售粮农户包括：红星村杨某某，出售高粱2150公斤；杨正富，出售高粱1800公斤。',
      [['name', '杨正富']],
    ],
    [
      "the party's contact named in prose",
      '当事人：某某粮油贸易有限公司\n统一社会信用代码：91511325MA64JHB2XF\n当事人联系人赵春林在场。',
      [['name', '赵春林']],
    ],
    [
      'another party of an accident, named again',
      '被处罚人：许文静\n经查，当事人邱德华的陈述属实，邱德华承担次要责任。',
      [
        ['name', '邱德华'],
        ['name', '邱德华'],
      ],
    ],
    [
      "a brother who shares the party's generation character",
      '当事人廖光明。廖光明的胞弟廖光辉及岳父宋德元陈述，廖光明借用场地。',
      [
        ['name', '廖光辉'],
        ['name', '宋德元'],
      ],
    ],
    [
      'who signed for an addressee in a 送达回证',
      '送达回证\n受送达人：王建军　签收：王建军　2025年6月11日\n受送达人：王建英　签收：周志强　2025年6月12日',
      [['name', '周志强']],
    ],
    [
      "households' rows of a meter table, the landlord's row being the party's premises",
      '当事人：某某五金加工厂（个体工商户）\n经营场所：叙州区柏溪街道金竹村6组工业路218号\n经营者：杨正才\n\n经查，当事人私接电缆。\n户号\u2063户名\u2063用电地址\n户号：0705113842\u2063户名：龚德明\u2063用电地址：叙州区柏溪街道金竹村6组工业路218号\n户号：0705109927\u2063户名：孙玉兰\u2063用电地址：叙州区柏溪街道金竹村6组工业路220号',
      [
        ['name', '龚德明'],
        ['name', '孙玉兰'],
        ['address', '叙州区柏溪街道金竹村6组工业路220号'],
      ],
    ],
    [
      'the one a measure is decided on, and his son',
      '被决定人苟志强，男，1985年出生。苟志强之子苟小龙在场。',
      [['name', '苟小龙']],
    ],
    [
      "the agency's own auxiliary, and another's",
      '当事人：张三\n本局城管协管员孙国强巡查时发现。交通协管员王五目睹。',
      [['name', '王五']],
    ],
    [
      "sellers in a shop's register, by the ID in their row",
      '当事人：某某手机回收店\n日期 | 出售人 | 身份证号 | 收购价\n8月3日 | 严志刚 | 510322200109172518 | 650元',
      [
        ['name', '严志刚'],
        ['resident-id', '510322200109172518'],
      ],
    ],
    [
      'complainants in a table typed with tabs, and their flats',
      '违法行为人雷光荣\n日期\t投诉人\t住址\t内容\n2025年8月15日\t田光碧\t幸福家园C区2栋1单元502室\t音乐声很大',
      [
        ['name', '田光碧'],
        ['address', '幸福家园C区2栋1单元502室'],
      ],
    ],
    [
      'who a man seen turned out to be, and an old father',
      '当事人：某某店\n该男子后经侦查确定为钟小军（另案处理）。家中八旬老父黎永寿被惊醒。',
      [
        ['name', '钟小军'],
        ['name', '黎永寿'],
      ],
    ],
    [
      "a third person's nickname, not the party's",
      '违法行为人：罗国富（绰号“幺娃”），男。\n该匕首系罗国富的朋友唐德兵（绰号“兵哥”，男，33岁）所送。从一名绰号“曹老四”的男子处购得。',
      [
        ['name', '唐德兵'],
        ['name', '兵哥'],
        ['name', '曹老四'],
      ],
    ],
    [
      'a village head whose given name starts with 本',
      '当事人：邓光明\n民警在两河村村委会主任李本清的见证下搜查。',
      [['name', '李本清']],
    ],
    [
      'someone whose case is dealt with apart, not goods',
      '当事人：某某公司\n现查明：万德海（另案处理）在资中县经营。当事人出售林木（另案处理）。',
      [['name', '万德海']],
    ],
    [
      'who asked for it done',
      '当事人：某某广告部\n2024年10月，受上官志军委托，使用喷漆喷涂广告。受当事人委托，律师到场。',
      [['name', '上官志军']],
    ],
    [
      'a register typed with spaces, and a nickname in quotes',
      '当事人：某某数码店\n日期        出售人    身份证号              型号\n2024-10-20  彭志勇    511083197601123212    华为nova 11\n一名绰号"黑娃"的男子逃走。',
      [
        ['name', '彭志勇'],
        ['resident-id', '511083197601123212'],
        ['name', '黑娃'],
      ],
    ],
    [
      'a party described with no role word, then named after a post',
      '行政处罚决定书\n熊志华，男，汉族，1979年3月6日生，公民身份号码511502197903060155。\n你作为项目负责人长期不到岗。考勤表记载：项目负责人熊志华未到岗，由安全员钱永福代签。',
      [
        ['resident-id', '511502197903060155'],
        ['name', '钱永福'],
      ],
    ],
    [
      "parties numbered in their own cells, and the examiner's name",
      '被处罚人 （一）\u2063姓    名：曾志伟\u2063性    别：男\n\n被处罚人（二）\u2063姓名：蒲文杰\u2063性别：男\n\n考试员唐国华对曾志伟、蒲文杰进行检查，安检人员吴永刚在场。',
      [['name', '吴永刚']],
    ],
    [
      "a group's owner, a baby's given name, and more people after 还有",
      '当事人：某某咨询有限公司\n经群主任伟介绍从事兼职。赖某分娩一女婴（后取名付语桐）。替考人员还有熊二妹、唐小兵等人。',
      [
        ['name', '任伟'],
        ['name', '付语桐'],
        ['name', '熊二妹'],
        ['name', '唐小兵'],
      ],
    ],
    [
      'complainants a reply is addressed to, not residents ordered to do something',
      '关于噪声投诉办理情况的告知书\n刘永福：\n谢琼：\n你们于2025年5月通过12345热线反映夜间噪声扰民问题。现告知如下。\n\n责令改正通知书\n黄德明：\n你于2025年5月在楼道堆放杂物，责令改正。',
      [
        ['name', '刘永福'],
        ['name', '谢琼'],
      ],
    ],
    [
      'a report received, a river chief, a parent as said in speech, and no name after 由',
      '当事人：赵德林\n本局接到吴秀英的书面举报。村级河长陈光禄到场见证。答：我妈黄素芬晓得后就去举报了。工人由赵德林雇请，砂款由赵德林收取。',
      [
        ['name', '吴秀英'],
        ['name', '陈光禄'],
        ['name', '黄素芬'],
      ],
    ],
    [
      'a compound-surnamed party named again before 的, twice',
      '违法行为人司马俊，男，2001年12月9日出生。\n司马俊的陈述属实。以上事实有司马俊的陈述和申辩证实。',
      [],
    ],
    [
      "an addressee's details on the line after the salutation",
      '证据先行登记保存通知书\n杜海波：\n（性别：男；身份证号：510522198702151359；暂住：合江县合江镇少岷路316号9栋1单元602室）\n本局执法人员巡查时发现。',
      [
        ['resident-id', '510522198702151359'],
        ['address', '合江县合江镇少岷路316号9栋1单元602室'],
      ],
    ],
    [
      "a lottery centre's officer, a company's 专管员, a street office's grid worker",
      '当事人：某某商贸有限公司\n联系人：毛晓燕（项目劳资专管员）\n\n本局会同富顺县体育彩票管理中心专管员何建军检查。专管员何建军出具说明。民治街道出租屋综合管理所网格员丘志强发现上述情况。',
      [
        ['name', '毛晓燕'],
        ['name', '丘志强'],
      ],
    ],
    [
      'donors in a table typed with spaces, and a sick boy in a leaflet',
      '当事人：曾志刚\n日期          捐款人      金额（元）    方式\n2024-07-16    苏德明      2000          银行转账\n宣传单印有“救救烧伤男孩唐俊熙”字样。',
      [
        ['name', '苏德明'],
        ['name', '唐俊熙'],
      ],
    ],
    [
      'people listed before 等人, a grand-nephew and an old spouse in speech',
      '被收缴人：段成林\n另查明，罗国富为周德明、杨春燕、龚万林等人办理了虚假材料。答：我让隔壁的侄孙王小勇帮我转账。我老伴苟素华也在。段成林承认。',
      [
        ['name', '周德明'],
        ['name', '杨春燕'],
        ['name', '龚万林'],
        ['name', '王小勇'],
        ['name', '苟素华'],
      ],
    ],
    [
      'the households of a payments notice, their addresses private, a helper named in a remark',
      '扑杀补助资金兑付情况的公示\n序号\u2063户主\u2063住址\u2063补助金额（元）\u2063备注\n序号：1\u2063户主：杨国清\u2063住址：观音镇红岩村5组12号\u2063补助金额（元）：43200\u2063备注：由其女杨晓梅代领',
      [
        ['address', '观音镇红岩村5组12号'],
        ['name', '杨晓梅'],
      ],
    ],
    [
      'a man dealt with apart, two characters after 男子',
      '当事人：邹宇轩\n通过微信与成年男子曾飞（另案处理）联系。',
      [['name', '曾飞']],
    ],
    [
      'a patient before 进行的 (行 ends no bank there)',
      '当事人：邹国富\n原定为12床患者向春梅进行的支气管镜检查被迫推迟。',
      [['name', '向春梅']],
    ],
    [
      "a warning's 加害人 and its 受害人",
      '家庭暴力告诫书\n加害人：曾庆华\n受害人：刘芳\n曾庆华殴打刘芳。',
      [
        ['name', '刘芳'],
        ['name', '刘芳'],
      ],
    ],
    [
      "an exam's candidate, its invigilator and a fellow examinee",
      '国家教育考试违规处理决定书\n被处理考生：周婷婷，女，1995年4月18日出生\n监考员李红梅发现周婷婷携带手机，同场考生汪小东证实。',
      [['name', '汪小东']],
    ],
    [
      'complainants addressed with an honorific, and two on one line',
      '关于公告送达投诉处理结果告知书的公告\n郑国栋先生：\n司徒建华先生、黎小娟女士：\n何丽萍女士：\n你们于2025年2月分别向本局投诉。',
      [
        ['name', '郑国栋'],
        ['name', '司徒建华'],
        ['name', '黎小娟'],
        ['name', '何丽萍'],
      ],
    ],
    [
      'three addressees on one salutation line, each described below, and a city that is no name',
      '隆昌市自然资源和规划局责令限期退还非法占用土地通知书\n邱建国、黄淑珍、李成刚：\n邱建国，男，公民身份号码511083198006076312，户籍地隆昌市石燕桥镇高峰村6组15号；\n黄淑珍，女，公民身份号码511083195712180447，户籍地隆昌市石燕桥镇高峰村6组9号；\n经查，你们三户经组长魏长春口头同意后修建农具棚。隆昌市自然资源和规划局',
      [
        ['resident-id', '511083198006076312'],
        ['address', '隆昌市石燕桥镇高峰村6组15号'],
        ['resident-id', '511083195712180447'],
        ['address', '隆昌市石燕桥镇高峰村6组9号'],
        ['name', '魏长春'],
      ],
    ],
    [
      "a landlord named in the party's home's value, before 位于",
      '违法行为人邓志华，户籍地：宜宾市南溪区大观镇石鼓村3组，现租住于房东卢桂香位于南溪区南溪街道滨江路88号3栋2单元402室的住宅，工作单位：无。',
      [
        ['address', '宜宾市南溪区大观镇石鼓村3组'],
        ['name', '卢桂香'],
        ['address', '南溪区南溪街道滨江路88号3栋2单元402室的住宅'],
      ],
    ],
    [
      'co-owners in a remark cell',
      '被征收人：谢玉琼\u2063房屋坐落：叙州区南岸街道东风路18号\u2063备注：共有人冉小军、冉小红',
      [
        ['address', '叙州区南岸街道东风路18号'],
        ['name', '冉小军'],
        ['name', '冉小红'],
      ],
    ],
    [
      'a name before 亦 (also)',
      '当事人：某某五金加工厂\n在场提货的客户田雨亦证实冲压机当时处于运行状态。',
      [['name', '田雨']],
    ],
    [
      "the agency's contacts listed after one label",
      '当事人：某某有限公司\n\n经查，当事人客户刘德华于2024年5月到场。本局依法作出处理。\n\n联系人：冯志刚、李娜   联系电话：0831-8203317\n叙州区住房和城乡建设局\n2024年8月9日',
      [['name', '刘德华']],
    ],
    [
      'performers and the audience',
      '演出由歌手谭明轩、主唱罗婧表演。观众邓可欣被挤倒致左踝扭伤。',
      [
        ['name', '谭明轩'],
        ['name', '罗婧'],
        ['name', '邓可欣'],
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expectFindings(text, expected);
  });

  it.each([
    ['already masked', '委托代理人：李某'],
    ['staff mask', '委托代理人：李*'],
    ['no name after the role', '代理人认为处罚过重'],
    ['联系人员', '联系人员：若干'],
    ['officers are public', '执法人员：王明、李华'],
    [
      'going by no name, renting nobody’s',
      '当事人：罗俊杰\n其自称系某公司员工，租用的房屋已退还。',
    ],
    ['the front desk as a place', '当事人：黄子睿\n黄子睿到前台时自称另一人；证件交前臺查驗。'],
    ['property of no one named', '土地为集体所有，房屋为国家所有，车辆系当事人所有。'],
    [
      'a title after a preposition that is also a surname',
      '当事人：李明\n当事人向法官请客送礼，又向律师咨询。',
    ],
    ['the agency’s own cadre', '我局干部李明在场。'],
    ['work listed before 等…顾客', '正在从事客房清扫、布草更换等直接为顾客服务的工作。'],
    ['hired to do work, and hiring child labour', '曾国强系受当事人雇请施工；当事人招用童工。'],
    [
      'a foreign party is public',
      '当事人：阮氏兰，女，越南国籍。\n经查，越南籍女子阮氏兰于2024年入境。',
    ],
    ['a nationality with no name after it', '越南籍女子入境后，未办理住宿登记；其户籍地在越南。'],
    ['officers counted, then named', '执法人员2名，分别为王强、李明，出示了执法证件。'],
    ['a count that goes on, naming no one', '该厂有工人3名，为其缴纳社会保险。'],
    ['party is public', '当事人：张三'],
    ['a lawyer is public', '委托代理人：周明，四川某某律师事务所律师。'],
    ['the agency’s contact', '执法人员：王明\n联系人：李华　联系电话：0830-3196001'],
    [
      'words after 当事人 in prose',
      '当事人：张三\n收条上加盖了当事人公章，当事人代理其亲属的案件。',
    ],
    ['a village committee after 委托人', '委托人：张家湾村委会。'],
    ['a complaints line', '消费者通过邮政业用户申诉电话投诉。'],
    ['人 inside a law’s title', '依据《中华人民共和国老年人权益保障法》第七十八条。'],
    ['统计调查 is no role', '按照国家统计调查制度应当按月报送。'],
    ['业主 across 林业 and 主管', '未经林业主管部门批准，亦未经行业主管部门同意。'],
    ['由 before a place after a role word', '车内学生由霞浦县教育局安排转运。'],
    ['a thing before 系其祖父', '申请人主张：“党鸠坡”林地系其祖父分得的责任山。'],
    [
      'a signature’s bracket after a role word',
      '第三人（盖章）：宣汉县峰城镇双河村股份经济合作联合社',
    ],
    [
      'an agency’s abbreviation in a document number',
      '义乌市劳动人事争议仲裁委员会\n调 解 书\n义劳人仲案〔2025〕第0312号',
    ],
    [
      'a tribunal of an arbitration body, and its arbitrator',
      '东莞市劳动人事争议仲裁院仲裁裁决书（东劳人仲院长安庭案字〔2024〕1587号）\n仲裁员：梁宇航\n东莞市劳动人事争议仲裁院长安庭　地址：东莞市长安镇长青南路298号',
    ],
    ['goods listed before 等', '查获食用油、纯牛奶等商品。'],
    ['words after 监护人', '违法行为人：张三\n罚款由其监护人代为缴纳，并责令其监护人严加管教。'],
    ['a tax officer', '税务人员：甘露（执法证号15105030021）'],
    ['who signed for the agency', '签发人：陈小平　　2024年3月21日'],
    [
      'a list of goods',
      '当事人：某某有限公司\n扣押清单如下：\n序号：1\u2063物品名称：规格型号\u2063数量：3',
    ],
    [
      'a word after an organisation party',
      '被处罚单位：某某公司\n修复费用已由被处罚单位全额承担。',
    ],
    ['a seller named by a role word before 处', '当事人：张三\n从外地不明卖家处购进图书。'],
    [
      'co-parties listed in a table',
      '当事人（共同违法，三人）：\n姓名：熊德彬\n姓名：郝玉兰\n发现当事人熊德彬、郝玉兰摆摊销售。',
    ],
    ['a quoted word after 人', '销售纸人“金童玉女”、冥币等丧葬用品。'],
    ['the agency’s own inspector', '本局检查员卢伟（执法证号：51068121009）到场检查。'],
    ['an officer whose title ends in 调查人员', '案件调查人员：蒋涛（执法证号：51068121009）'],
    ['an organisation listed after a person', '询问笔录（严某某、李家湾村委会）'],
    ['a community before its cadre', '见证人：南关社区网格员苏某某。金鹅大道与南关路交叉路口'],
    ['a thing after 的 before an action', '有人用一根1.5平方毫米的花线私自搭接。'],
    ['both grandparents', '孙女 李某某 随祖父母居住，就读于富世小学。'],
    ['a team before its head', '现场施工由你之子何某某负责，施工队负责人为邓某。'],
    ['heirs agreeing', '王某某表示需与其他继承人商议后再定。'],
    [
      'a shop whose name starts like a name',
      '何某某进入乐淘二手数码店，乐淘二手数码店于当日停业。',
    ],
    ['any identity', '其中9部未登记出售人任何身份信息。'],
    ['this agency', '当事人：张三\n当事人应向本局。'],
  ])('%s is not reported', (_name, text) => {
    expectFindings(text, []);
  });

  it('alwaysRedact reports given words as names', () => {
    expectFindings('当事人张三于2024年', [['name', '张三']], { alwaysRedact: ['张三'] });
  });
});

namespace Zhili.Gazette.Citations;

/// <summary>
/// G-CITE seed data: each rule id of the rule catalogue with its short title, the documents it comes from and the
/// line ranges of the July 2018 gazette (2018-07) that hold its clauses. Facts only; the clause text itself is read
/// from the imported documents. The titles are our own short Chinese titles in the gazette's terms; like every page
/// text they are the key of their English in the module's texts.en.json (<see cref="RuleTitles"/>).
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleCitation> All { get; } =
    [
        new("K-TZ", "日期以北京时间为准", [], []),
        new("K-WD-1", "工作日的认定", [], []),
        new("K-WD-2", "“若干个工作日内”的期限计算", [], []),
        new("K-WD-3", "“提前若干个工作日”的认定", [], []),
        new("K-YEAR", "“自某日起若干年”的期满日", [], []),
        new("K-USCC", "统一社会信用代码的校验", [], []),
        new("K-ID", "居民身份证号码的校验", [], []),
        new("K-MASK", "对外公布时遮蔽个人信息", ["郑政办〔2018〕66号"], [new(2952, 2958)]),
        new("K-UNITS", "行政单位与市区范围", ["郑政文〔2018〕135号", "郑政办〔2018〕68号"], [new(1943, 1943), new(3189, 3189)]),
        new("K-BLOCKS", "综合排序的三类单位分组", ["郑政办文〔2018〕34号"], [new(4554, 4575)]),
        new("H-FLOW", "群众诉求的受理、办理与回访", ["郑政办文〔2018〕32号"], [new(4327, 4327)]),
        new("H-SLA", "各类诉求的办理时限", ["郑政办文〔2018〕32号"], [new(4116, 4349)]),
        new("H-LVL", "一般、专项、重点三级督办", ["郑政办文〔2018〕32号"], [new(4140, 4154)]),
        new("H-FORM-1", "电话跟踪督办", ["郑政办文〔2018〕32号"], [new(4116, 4349)]),
        new("H-FORM-2", "书面督办与第一责任人", ["郑政办文〔2018〕32号"], [new(4174, 4188)]),
        new("H-FORM-3", "会议协调督办", ["郑政办文〔2018〕32号"], [new(4190, 4201)]),
        new("H-FORM-4", "现场督导", ["郑政办文〔2018〕32号"], [new(4203, 4213)]),
        new("H-FORM-5", "挂牌督办与整改核销", ["郑政办文〔2018〕32号"], [new(4215, 4231)]),
        new("H-EXT", "延期与缓办申请", ["郑政办文〔2018〕32号"], [new(4331, 4336)]),
        new("H-BUL", "督办结果定期通报", ["郑政办文〔2018〕32号"], [new(4235, 4259)]),
        new("H-CRIT", "通报批评与情况说明", ["郑政办文〔2018〕32号"], [new(4116, 4349)]),
        new("H-TALK", "两次以上通报批评的约谈", ["郑政办文〔2018〕32号"], [new(4261, 4269)]),
        new("H-ACC", "责任追究：移交纪检监察", ["郑政办文〔2018〕32号"], [new(4271, 4276)]),
        new("R-SCOPE", "路长制实施范围与区域类别", ["郑政办〔2018〕68号"], [new(3191, 3197)]),
        new("R-CHIEF", "总路长与一、二级路长的设置", ["郑政办〔2018〕68号"], [new(3270, 3306)]),
        new("R-BOARD", "道路管理责任公示牌", ["郑政办〔2018〕68号"], [new(3207, 3221)]),
        new("R-3BAO", "包秩序、包卫生、包立面", ["郑政办〔2018〕68号"], [new(3310, 3318)]),
        new("R-PATROL", "各级路长的巡查频次", ["郑政办〔2018〕68号"], [new(3354, 3358)]),
        new("R-LOOP", "从问题发现到结案的闭合管理", ["郑政办〔2018〕68号"], [new(3350, 3356), new(3302, 3306)]),
        new("R-FLAG-1", "路段红黑旗月度评比", ["郑政办〔2018〕68号"], [new(3365, 3369)]),
        new("R-FLAG-2", "黑旗路段路长的黄牌警告与问责", ["郑政办〔2018〕68号"], [new(3369, 3375)]),
        new("R-FLAG-3", "红旗抵消黑旗", ["郑政办〔2018〕68号"], [new(3375, 3381)]),
        new("R-SHOP", "沿街单位与门店的红黑旗评比", ["郑政办〔2018〕68号"], [new(3381, 3385)]),
        new("B-WHO", "列入黑名单的用人单位及责任人", ["郑政办〔2018〕66号"], [new(2910, 2918), new(3063, 3067)]),
        new("B-WHY", "列入黑名单的六类情形", ["郑政办〔2018〕66号"], [new(2855, 2911)]),
        new("B-NOTICE", "列入前的书面告知与陈述申辩", ["郑政办〔2018〕66号"], [new(2920, 2931)]),
        new("B-LIST", "作出列入决定的时限", ["郑政办〔2018〕66号"], [new(2845, 2853)]),
        new("B-PUB", "黑名单的公布内容与按季公布", ["郑政办〔2018〕66号"], [new(2933, 2950), new(3003, 3005), new(2952, 2958), new(3055, 3061)]),
        new("B-OBJ", "异议申请的处理时限", ["郑政办〔2018〕66号"], [new(2960, 2977)]),
        new("B-CREDIT", "守法诚信等级C级与联合惩戒", ["郑政办〔2018〕66号"], [new(2979, 3001)]),
        new("B-TERM", "列入期限、移出与自动续期", ["郑政办〔2018〕66号"], [new(3003, 3031), new(3031, 3037), new(3049, 3053)]),
        new("B-FIX", "处理决定变更或撤销后的更正", ["郑政办〔2018〕66号"], [new(3039, 3047)]),
        new("P-SCOPE", "停车整治范围与泊位建设目标", ["郑政文〔2018〕135号"], [new(1953, 1953), new(1967, 2013)]),
        new("P-BERTH", "路内停车泊位的排查、评估、公示与施划", ["郑政文〔2018〕135号"], [new(2019, 2070)]),
        new("P-LOT", "经营性停车场的排查、备案与整改", ["郑政文〔2018〕135号"], [new(2072, 2093), new(2094, 2103)]),
        new("P-PUBLIC", "经营性停车场信息向社会公示", ["郑政文〔2018〕135号"], [new(2104, 2109)]),
        new("P-FEE", "停车差别化收费原则", ["郑政文〔2018〕135号"], [new(2172, 2186)]),
        new("P-OFFPEAK", "住宅区周边道路错时停车", ["郑政文〔2018〕135号"], [new(2196, 2208)]),
        new("P-BIKE", "非机动车与共享单车停放管理", ["郑政文〔2018〕135号"], [new(2210, 2270)]),
        new("P-DOOR", "门前停车秩序管理责任制", ["郑政文〔2018〕135号"], [new(2282, 2309)]),
        new("P-SMART", "智慧停车监管与诱导平台", ["郑政文〔2018〕135号"], [new(2125, 2149)]),
        new("P-DUTY", "停车管理权限下放后的市区分工", ["郑政文〔2018〕136号"], [new(2512, 2572)]),
        new("E-REG", "12349养老服务信息平台的老年人登记", ["郑政〔2018〕34号"], [new(764, 770), new(774, 774), new(779, 779)]),
        new("E-IND", "健康养老发展指标与目标", ["郑政〔2018〕34号"], [new(236, 236), new(238, 241), new(244, 244), new(677, 680), new(1171, 1171), new(545, 547), new(366, 369), new(488, 491)]),
        new("E-AREA", "养老服务设施的用地与面积标准", ["郑政〔2018〕34号"], [new(345, 366)]),
        new("E-SUB", "养老服务各项补贴", ["郑政〔2018〕34号"], [new(373, 376), new(414, 416), new(505, 508), new(549, 552), new(633, 636), new(589, 591), new(781, 784), new(851, 855), new(1131, 1134), new(1205, 1207), new(1483, 1485)]),
        new("E-STAR", "养老机构星级评定", ["郑政〔2018〕34号"], [new(557, 592)]),
        new("E-STAFF", "养老服务从业人员信息库", ["郑政〔2018〕34号"], [new(1531, 1539)]),
        new("T-TASK", "重点任务的分工、台账与进度", ["郑政〔2018〕34号"], [new(1665, 1679)]),
        new("T-PROJ", "省市重点项目的投资、开工与联审联批", ["郑政办文〔2018〕34号"], [new(4506, 4520), new(4510, 4520), new(4682, 4682), new(4698, 4698)]),
        new("T-RANK", "重点项目目标完成综合排序", ["郑政办文〔2018〕34号"], [new(4524, 4640)]),
        new("S-STAFF", "保安人员与宿舍管理员的配备", ["郑政办〔2018〕69号"], [new(3563, 3577)]),
        new("S-VIDEO", "校园视频监控与录像保存", ["郑政办〔2018〕69号"], [new(3853, 3857)]),
        new("S-EDU", "安全教育课时与教师培训", ["郑政办〔2018〕69号"], [new(3720, 3723), new(3798, 3801)]),
        new("S-DRILL", "应急演练与安全培训的频次", ["郑政办〔2018〕69号"], [new(3730, 3733), new(3738, 3742)]),
        new("S-BLDG", "校舍每五年安全鉴定", ["郑政办〔2018〕69号"], [new(3884, 3886)]),
        new("S-HAZ", "安全隐患台账与整改", ["郑政办〔2018〕69号"], [new(3909, 3918), new(4004, 4010)]),
        new("S-REPORT", "突发事件逐级上报", ["郑政办〔2018〕69号"], [new(4073, 4080)]),
        new("G-DOC", "公报全文导入为文件", [], []),
        new("G-GROUP", "领导小组与联席会议成员", ["郑政文〔2018〕127号", "郑政文〔2018〕128号", "郑政办〔2018〕69号"], [new(1686, 1901), new(3463, 3515)]),
        new("G-LIST", "表彰名单与关闭煤矿名单", ["郑政文〔2018〕137号", "郑政办文〔2018〕33号", "郑政办〔2018〕67号"], [new(2669, 2786), new(4352, 4481), new(3088, 3149)]),
        new("G-CITE", "每条规则的公报出处", [], []),
    ];

    public static RuleCitation? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<RuleCitation> For(string number) => All.Where(r => r.Documents.Contains(number));
}

/// <summary>A rule, its Chinese title, the numbers of its source documents and its line ranges in the gazette.</summary>
public sealed record RuleCitation(string Id, string Title, IReadOnlyList<string> Documents, IReadOnlyList<LineRange> Lines);

public sealed record LineRange(int From, int To)
{
    public bool Overlaps(int first, int last) => From <= last && To >= first;
}

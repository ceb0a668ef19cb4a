namespace Zhili.Gazette.Citations;

/// <summary>
/// G-CITE seed data: each rule id of the rule catalogue with its short title, the documents it comes from and the
/// line ranges of the July 2018 gazette (2018-07) that hold its clauses. Facts only; the clause text itself is read
/// from the imported documents.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleCitation> All { get; } =
    [
        new("K-TZ", "All civil dates are Asia/Shanghai", [], []),
        new("K-WD-1", "A working day", [], []),
        new("K-WD-2", "\"Within N working days from D\"", [], []),
        new("K-WD-3", "\"At least N working days before deadline day X\"", [], []),
        new("K-YEAR", "\"N years from D\" ends on the same month and day N years later", [], []),
        new("K-USCC", "A unified social credit code", [], []),
        new("K-ID", "An 18-digit resident identity number", [], []),
        new("K-MASK", "Anything published to the public masks personal data", ["郑政办〔2018〕66号"], [new(2952, 2958)]),
        new("K-UNITS", "The administrative units", ["郑政文〔2018〕135号", "郑政办〔2018〕68号"], [new(1943, 1943), new(3189, 3189)]),
        new("K-BLOCKS", "For rankings the county-level units form three blocks", ["郑政办文〔2018〕34号"], [new(4554, 4575)]),
        new("H-FLOW", "An appeal", ["郑政办文〔2018〕32号"], [new(4327, 4327)]),
        new("H-SLA", "Handling deadlines in working days by appeal type", ["郑政办文〔2018〕32号"], [new(4116, 4349)]),
        new("H-LVL", "Three supervision levels", ["郑政办文〔2018〕32号"], [new(4140, 4154)]),
        new("H-FORM-1", "电话跟踪", ["郑政办文〔2018〕32号"], [new(4116, 4349)]),
        new("H-FORM-2", "书面督办", ["郑政办文〔2018〕32号"], [new(4174, 4188)]),
        new("H-FORM-3", "会议协调", ["郑政办文〔2018〕32号"], [new(4190, 4201)]),
        new("H-FORM-4", "现场督导", ["郑政办文〔2018〕32号"], [new(4203, 4213)]),
        new("H-FORM-5", "挂牌督办", ["郑政办文〔2018〕32号"], [new(4215, 4231)]),
        new("H-EXT", "A unit may apply for extension or deferral", ["郑政办文〔2018〕32号"], [new(4331, 4336)]),
        new("H-BUL", "Bulletins", ["郑政办文〔2018〕32号"], [new(4235, 4259)]),
        new("H-CRIT", "A bulletin may criticise a unit", ["郑政办文〔2018〕32号"], [new(4116, 4349)]),
        new("H-TALK", "Interview of a unit criticised twice or more in a year", ["郑政办文〔2018〕32号"], [new(4261, 4269)]),
        new("H-ACC", "Misconduct found during supervision is referred to discipline inspecti", ["郑政办文〔2018〕32号"], [new(4271, 4276)]),
        new("R-SCOPE", "Roads of the urban scope", ["郑政办〔2018〕68号"], [new(3191, 3197)]),
        new("R-CHIEF", "Per district", ["郑政办〔2018〕68号"], [new(3270, 3306)]),
        new("R-BOARD", "Each segment has a public responsibility board", ["郑政办〔2018〕68号"], [new(3207, 3221)]),
        new("R-3BAO", "Problem categories", ["郑政办〔2018〕68号"], [new(3310, 3318)]),
        new("R-PATROL", "Patrol duty", ["郑政办〔2018〕68号"], [new(3354, 3358)]),
        new("R-LOOP", "Closed loop", ["郑政办〔2018〕68号"], [new(3350, 3356), new(3302, 3306)]),
        new("R-FLAG-1", "Monthly red/black flag evaluation", ["郑政办〔2018〕68号"], [new(3365, 3369)]),
        new("R-FLAG-2", "Yellow-card warning", ["郑政办〔2018〕68号"], [new(3369, 3375)]),
        new("R-FLAG-3", "Offset", ["郑政办〔2018〕68号"], [new(3375, 3381)]),
        new("R-SHOP", "Districts also run red/black evaluations of street-front units and sho", ["郑政办〔2018〕68号"], [new(3381, 3385)]),
        new("B-WHO", "An employer", ["郑政办〔2018〕66号"], [new(2910, 2918), new(3063, 3067)]),
        new("B-WHY", "Six listing grounds", ["郑政办〔2018〕66号"], [new(2855, 2911)]),
        new("B-NOTICE", "Before listing, a written notice", ["郑政办〔2018〕66号"], [new(2920, 2931)]),
        new("B-LIST", "The listing decision is due within 20 working days from the administra", ["郑政办〔2018〕66号"], [new(2845, 2853)]),
        new("B-PUB", "Published content", ["郑政办〔2018〕66号"], [new(2933, 2950), new(3003, 3005), new(2952, 2958), new(3055, 3061)]),
        new("B-OBJ", "An objection with evidence is decided within 15 working days of receip", ["郑政办〔2018〕66号"], [new(2960, 2977)]),
        new("B-CREDIT", "While listed, the employer's labour-law integrity grade is C, and join", ["郑政办〔2018〕66号"], [new(2979, 3001)]),
        new("B-TERM", "A first listing lasts 1 year from the listing decision", ["郑政办〔2018〕66号"], [new(3003, 3031), new(3031, 3037), new(3049, 3053)]),
        new("B-FIX", "If the underlying administrative decision is changed or revoked, the e", ["郑政办〔2018〕66号"], [new(3039, 3047)]),
        new("P-SCOPE", "The urban scope", ["郑政文〔2018〕135号"], [new(1953, 1953), new(1967, 2013)]),
        new("P-BERTH", "On-street berths", ["郑政文〔2018〕135号"], [new(2019, 2070)]),
        new("P-LOT", "Operating lots", ["郑政文〔2018〕135号"], [new(2072, 2093), new(2094, 2103)]),
        new("P-PUBLIC", "From 1 October 2018 operating lots' location and berth count are publi", ["郑政文〔2018〕135号"], [new(2104, 2109)]),
        new("P-FEE", "Differentiated pricing principles", ["郑政文〔2018〕135号"], [new(2172, 2186)]),
        new("P-OFFPEAK", "Time-limited night berths on roads near residential areas", ["郑政文〔2018〕135号"], [new(2196, 2208)]),
        new("P-BIKE", "Non-motor and shared-bike parking points with e-fences; each operator'", ["郑政文〔2018〕135号"], [new(2210, 2270)]),
        new("P-DOOR", "Door-front parking-order responsibility", ["郑政文〔2018〕135号"], [new(2282, 2309)]),
        new("P-SMART", "A city-level supervision and guidance platform with district sub-platf", ["郑政文〔2018〕135号"], [new(2125, 2149)]),
        new("P-DUTY", "Division of duties after delegation", ["郑政文〔2018〕136号"], [new(2512, 2572)]),
        new("E-REG", "The elderly registry behind the 12349 platform", ["郑政〔2018〕34号"], [new(764, 770), new(774, 774), new(779, 779)]),
        new("E-IND", "Indicators per county unit and city-wide, each against its gazette tar", ["郑政〔2018〕34号"], [new(236, 236), new(238, 241), new(244, 244), new(677, 680), new(1171, 1171), new(545, 547), new(366, 369), new(488, 491)]),
        new("E-AREA", "Facility area standards", ["郑政〔2018〕34号"], [new(345, 366)]),
        new("E-SUB", "Subsidies, each computed by the system with its rule id on the result", ["郑政〔2018〕34号"], [new(373, 376), new(414, 416), new(505, 508), new(549, 552), new(633, 636), new(589, 591), new(781, 784), new(851, 855), new(1131, 1134), new(1205, 1207), new(1483, 1485)]),
        new("E-STAR", "Star rating", ["郑政〔2018〕34号"], [new(557, 592)]),
        new("E-STAFF", "Staff registry", ["郑政〔2018〕34号"], [new(1531, 1539)]),
        new("T-TASK", "Each plan's tasks carry a lead unit", ["郑政〔2018〕34号"], [new(1665, 1679)]),
        new("T-PROJ", "Key projects", ["郑政办文〔2018〕34号"], [new(4506, 4520), new(4510, 4520), new(4682, 4682), new(4698, 4698)]),
        new("T-RANK", "Composite ranking of units overall and within each block", ["郑政办文〔2018〕34号"], [new(4524, 4640)]),
        new("S-STAFF", "Security guards hold the guard certificate", ["郑政办〔2018〕69号"], [new(3563, 3577)]),
        new("S-VIDEO", "Video surveillance covers the campus and keeps recordings at least 90 ", ["郑政办〔2018〕69号"], [new(3853, 3857)]),
        new("S-EDU", "At least 12 class hours of safety education per grade per school year", ["郑政办〔2018〕69号"], [new(3720, 3723), new(3798, 3801)]),
        new("S-DRILL", "Evacuation drills at least monthly in primary and secondary schools an", ["郑政办〔2018〕69号"], [new(3730, 3733), new(3738, 3742)]),
        new("S-BLDG", "Buildings appraised by a qualified body every five years", ["郑政办〔2018〕69号"], [new(3884, 3886)]),
        new("S-HAZ", "A hazard ledger", ["郑政办〔2018〕69号"], [new(3909, 3918), new(4004, 4010)]),
        new("S-REPORT", "Incidents are reported up level by level at once; late reporting is fl", ["郑政办〔2018〕69号"], [new(4073, 4080)]),
        new("G-DOC", "The gazette text imports into documents", [], []),
        new("G-GROUP", "Leading groups and joint meetings", ["郑政文〔2018〕127号", "郑政文〔2018〕128号", "郑政办〔2018〕69号"], [new(1686, 1901), new(3463, 3515)]),
        new("G-LIST", "Commendation lists", ["郑政文〔2018〕137号", "郑政办文〔2018〕33号", "郑政办〔2018〕67号"], [new(2669, 2786), new(4352, 4481), new(3088, 3149)]),
        new("G-CITE", "Every rule links to its source clause", [], []),
    ];

    public static RuleCitation? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<RuleCitation> For(string number) => All.Where(r => r.Documents.Contains(number));
}

/// <summary>A rule, the numbers of its source documents and its line ranges in the gazette.</summary>
public sealed record RuleCitation(string Id, string Title, IReadOnlyList<string> Documents, IReadOnlyList<LineRange> Lines);

public sealed record LineRange(int From, int To)
{
    public bool Overlaps(int first, int last) => From <= last && To >= first;
}

namespace Zhili.WageArrears.Features.Cases;

/// <summary>
/// B-LIST: the 列入决定书 as an official document (GB/T 9704): its number, the administrative decision it rests on, the
/// notice and the defence's outcome (B-NOTICE), the grounds with their clauses (B-WHY), the term (B-TERM), joint
/// punishment (B-CREDIT) and the redress (B-PUB, B-OBJ).
/// </summary>
public static class ListingDecision
{
    internal const string Measures = "《郑州市拖欠农民工工资“黑名单”管理暂行办法》（郑政办〔2018〕66号）";

    internal static readonly string[] Items = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"];

    public static string FileName(BlacklistCase c) => $"blacklist-decision-{c.Id}.docx";

    public static byte[] Write(BlacklistCase c, string authority)
    {
        var listed = c.ListedOn ?? throw new InvalidOperationException("Only a listed case has a decision.");
        var number = c.ListingNumber ?? throw new InvalidOperationException("The decision is numbered before it is written.");
        var employer = c.Parties.First(p => p.Kind == PartyKind.Employer);
        var grounds = GroundItems(c);
        List<string> body =
        [
            $"你单位（{(employer.IsNaturalPerson ? "身份证号码" : "统一社会信用代码")}：{employer.Identifier}）拖欠农民工工资一案，"
                + $"本机关已于{D(c.DecisionDate)}作出行政处理（处罚）决定（{c.DecisionNumber}）。经查，你单位存在下列情形：",
            .. grounds.Select(i => Items[i] + Grounds.ChineseNames((Ground)(1 << i))[0] + "。"),
            $"本机关于{D(c.NoticeReceivedOn!.Value)}向你单位送达《列入拖欠农民工工资“黑名单”告知书》。" + Defence(c),
            $"依据{Measures}第五条{string.Join("、", grounds.Select(i => $"第{Items[i]}项"))}、第六条的规定，本机关决定将{Listed(c)}列入拖欠农民工工资“黑名单”。",
            $"列入期限为{(c.IsRelisting ? "二" : "一")}年，自{D(listed)}起至{D(c.ExpiresOn!.Value)}止。列入期间，你单位劳动保障守法诚信等级评为"
                + $"{JointPunishment.IntegrityGrade}级，并在{string.Join("、", JointPunishment.RestrictedAreas)}等方面依法依规予以限制（{Measures}第十条）。",
            JointPunishment.Redress(authority),
        ];
        return new OfficialDocument
        {
            Issuer = authority, Masthead = authority, Number = number, Title = "列入拖欠农民工工资“黑名单”决定书",
            Addressee = employer.Name, Body = body, Date = listed,
        }.Write();
    }

    /// <summary>B-NOTICE: a defence filed and reviewed, or silence after five working days, which waives it.</summary>
    private static string Defence(BlacklistCase c) => c.DefenceFiledOn is { } filed
        ? $"你单位于{D(filed)}{(c.DefenceFiledOnline ? "通过自助申辩表单" : "书面")}提出陈述申辩，经复核，陈述申辩理由不成立，认定事实清楚，核准无误。"
        : "你单位在收到告知书之日起 5 个工作日内未提出陈述申辩，视为放弃陈述申辩。经复核，认定事实清楚，核准无误。";

    /// <summary>B-WHY: the indexes of the case's grounds among the six items of article 5.</summary>
    internal static List<int> GroundItems(BlacklistCase c) =>
        Enumerable.Range(0, Items.Length).Where(i => c.Grounds.HasFlag((Ground)(1 << i))).ToList();

    /// <summary>B-WHO: the employer with its responsible persons, and the subcontractors listed with it.</summary>
    internal static string Listed(BlacklistCase c)
    {
        var employer = c.Parties.First(p => p.Kind == PartyKind.Employer);
        var persons = employer.Persons.Select(p => (p.Role == PersonRole.LegalRepresentative ? "法定代表人" : "责任人") + p.Name).ToList();
        var subcontractors = c.Parties.Where(p => p.Kind == PartyKind.Subcontractor).Select(p => p.Name).ToList();
        return "你单位" + (persons.Count > 0 ? $"及{string.Join("、", persons)}" : "")
            + (subcontractors.Count > 0 ? $"，以及违法分包、转包单位（个人）{string.Join("、", subcontractors)}（第五条第二款）" : "");
    }

    internal static string D(DateOnly d) => OfficialDocument.ChineseDate(d);
}

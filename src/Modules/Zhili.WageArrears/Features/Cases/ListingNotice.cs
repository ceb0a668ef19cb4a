namespace Zhili.WageArrears.Features.Cases;

/// <summary>
/// B-NOTICE: the 告知书 sent to the employer before a listing, as an official document (GB/T 9704): the facts and the
/// administrative decision they rest on (B-WHY), the intended listing with its grounds and clauses, its term (B-TERM),
/// and the defence period of article 6 with how to state a defence.
/// </summary>
public static class ListingNotice
{
    public const string Title = "列入拖欠农民工工资“黑名单”告知书";

    public static string FileName(BlacklistCase c) => $"blacklist-notice-{c.Id}.docx";

    public static byte[] Write(BlacklistCase c, string authority, int defenceWorkingDays)
    {
        var number = c.NoticeNumber ?? throw new InvalidOperationException("The notice is numbered before it is written.");
        var employer = c.Parties.First(p => p.Kind == PartyKind.Employer);
        var grounds = ListingDecision.GroundItems(c);
        List<string> body =
        [
            $"你单位（{(employer.IsNaturalPerson ? "身份证号码" : "统一社会信用代码")}：{employer.Identifier}）拖欠农民工工资一案，"
                + $"本机关已于{ListingDecision.D(c.DecisionDate)}作出行政处理（处罚）决定（{c.DecisionNumber}）。经查，你单位存在下列情形：",
            .. grounds.Select(i => ListingDecision.Items[i] + Grounds.ChineseNames((Ground)(1 << i))[0] + "。"),
            $"依据{ListingDecision.Measures}第五条{string.Join("、", grounds.Select(i => $"第{ListingDecision.Items[i]}项"))}、第六条的规定，"
                + $"本机关拟将{ListingDecision.Listed(c)}列入拖欠农民工工资“黑名单”。",
            "首次列入的期限为一年，已移出“黑名单”后再次列入的期限为二年，均自作出列入决定之日起计算（第十一条）。列入期间，你单位劳动保障守法诚信等级"
                + $"评为{JointPunishment.IntegrityGrade}级，并在{string.Join("、", JointPunishment.RestrictedAreas)}等方面依法依规予以限制（第十条）。",
            $"根据{ListingDecision.Measures}第六条的规定，你单位可在收到本告知书之日起 {defenceWorkingDays} 个工作日内{Until(c)}，向本机关提出书面陈述申辩，"
                + "也可凭本告知书所附的自助访问码和统一社会信用代码在“陈述申辩”网页（/blacklist/defence）在线提交；逾期未提出的，视为放弃陈述申辩。"
                + "本机关将对你单位提出的事实、理由和证据进行复核，核准无误的，作出列入决定。",
            "特此告知。",
        ];
        return new OfficialDocument
        {
            Issuer = authority, Masthead = authority, Number = number, Title = Title,
            Addressee = employer.Name, Body = body, Date = c.NoticeIssuedOn!.Value,
        }.Write();
    }

    /// <summary>Once the receipt is recorded the last day is known: the end of the 5th working day after it (B-NOTICE).</summary>
    private static string Until(BlacklistCase c) => c.DefenceDueAt is { } due
        ? $"（即{ListingDecision.D(Civil.DateOf(due.AddTicks(-1)))}24时前）"
        : "";
}

namespace Zhili.Hotline.Domain;

/// <summary>The Chinese names of supervision's codes, as pages, answers and notices show them.</summary>
public static class SupervisionTexts
{
    public static string Post(ResponsiblePost p) => p switch
    {
        ResponsiblePost.LeaderInCharge => "分管领导",
        ResponsiblePost.PrincipalLeader => "主要领导",
        _ => p.ToString(),
    };

    public static string Guest(GuestKind g) => g switch
    {
        GuestKind.NpcDeputy => "人大代表",
        GuestKind.CppccMember => "政协委员",
        GuestKind.ConductSupervisor => "行风监督员",
        GuestKind.Media => "新闻媒体",
        _ => g.ToString(),
    };

    public static string Listing(ListingState s) => s switch
    {
        ListingState.AwaitingPlan => "待报送整改方案",
        ListingState.Rectifying => "整改中",
        ListingState.AwaitingVerification => "整改报告待核实",
        ListingState.WrittenOff => "已核销",
        _ => s.ToString(),
    };

    public static string Step(ListingStepKind k) => k switch
    {
        ListingStepKind.Listed => "挂牌督办",
        ListingStepKind.Plan => "整改方案",
        ListingStepKind.Report => "整改报告",
        ListingStepKind.Refused => "不予核销",
        ListingStepKind.WrittenOff => "核销",
        _ => k.ToString(),
    };
}

namespace Zhili.Hotline.Features.CoHandling;

/// <summary>
/// H-FLOW "谁主管谁负责、谁办理谁答复" (L4327): a reader whose data scope holds the lead unit (or the office, which holds
/// every unit) acts on the appeal; a reader who sees it only as a co-handling unit may read it and add notes.
/// </summary>
public static class LeadUnit
{
    public static bool IsLead(DataScope scope, Appeal appeal) => scope.Covers(appeal.UnitCode);

    /// <summary>The co-handling unit through which the reader sees the appeal, when it is not the lead unit's reader.</summary>
    public static string? CoUnitOf(DataScope scope, Appeal appeal) =>
        IsLead(scope, appeal) ? null : appeal.CoUnitCodes.FirstOrDefault(scope.Covers);

    public static void Ensure(DataScope scope, Appeal appeal)
    {
        if (!IsLead(scope, appeal))
        {
            throw new RuleViolationException("unitCode",
                "协办单位可以查看诉求、填写办理记录；答复、回退、申请延期等由承办单位办理（谁办理谁答复）", "H-FLOW");
        }
    }
}

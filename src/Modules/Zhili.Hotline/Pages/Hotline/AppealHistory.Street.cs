namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The street stage's sentences (H-FLOW 二级转办; docs/street-level.md).</summary>
public sealed partial class AppealHistory
{
    /// <summary>
    /// The unit that acted: a street event carries the street, but passing down is the district's act (the street's
    /// parent); every other event carries the unit that acted.
    /// </summary>
    private string ActingUnit(AppealEvent e) =>
        e.Kind == StreetEvents.Assigned ? units.Find(e.UnitCode)?.ParentCode ?? e.UnitCode : e.UnitCode;

    private string? StreetEvent(AppealEvent e)
    {
        var text = e.Text ?? "";
        return e.Kind switch
        {
            StreetEvents.Assigned => PassedDown(text),
            StreetEvents.Replied => t["答复区级：{0}", text],
            StreetEvents.Returned => t["回退至区级，理由：{0}", text],
            StreetEvents.Accepted => t["审核通过街道的答复"],
            StreetEvents.SentBack => t["退回街道重办，理由：{0}", text],
            StreetEvents.Withdrawn => t["改派，撤回 {0} 的办理", Unit(text)],
            StreetEvents.Warning => t["提醒：距街道办理期限（{0}）不足 1 个工作日", Deadline(text)],
            StreetEvents.Overdue => t["标记街道超期：已超过街道办理期限（{0}）", Deadline(text)],
            _ => null,
        };
    }

    /// <summary>二级转办 stores "street instructions".</summary>
    private string PassedDown(string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var street = parts.Length > 0 ? Unit(parts[0]) : "";
        return parts.Length > 1 ? t["转 {0} 办理，转办意见：{1}", street, parts[1]] : t["转 {0} 办理", street];
    }
}

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// The appeal's state as GeoReport v2 says it: <c>open</c> until 办结, then <c>closed</c>. <c>status_notes</c> says in
/// words where it stands and, once closed, why (H-FLOW): a closure that explained or declined the appeal, or merged a
/// duplicate, is "closed" but never reads as "fixed".
/// </summary>
public static class Open311Status
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static string Of(AppealState state) => state == AppealState.Closed ? Closed : Open;

    public static string Notes(AppealState state, ClosureReason? reason) => state switch
    {
        AppealState.Received => "已受理，等待交办承办单位",
        AppealState.Assigned => "已交办，承办单位办理中",
        AppealState.Returned => "已退回，等待重新交办承办单位",
        AppealState.Replied => "承办单位已答复，等待回访",
        AppealState.Closed => reason switch
        {
            ClosureReason.Resolved => "已办结：问题已解决",
            ClosureReason.Explained => "已办结：已向诉求人解释说明，问题未能解决",
            ClosureReason.NotOurResponsibility => "已办结：不属于受理范围或职责范围，未予办理",
            ClosureReason.Duplicate => "已办结：与已受理的诉求重复，按原诉求办理",
            _ => "已办结",
        },
        _ => Texts.State(state),
    };
}

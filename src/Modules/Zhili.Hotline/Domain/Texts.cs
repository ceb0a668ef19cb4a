namespace Zhili.Hotline.Domain;

/// <summary>The Chinese names of the hotline's codes, as pages and answers show them.</summary>
public static class Texts
{
    public static string State(AppealState s) => s switch
    {
        AppealState.Received => "已受理",
        AppealState.Assigned => "办理中",
        AppealState.Returned => "已回退",
        AppealState.Replied => "已答复",
        AppealState.Closed => "已办结",
        _ => s.ToString(),
    };

    public static string Type(AppealType t) => t switch
    {
        AppealType.Consultation => "咨询",
        AppealType.Help => "求助",
        AppealType.Complaint => "投诉",
        AppealType.Report => "举报",
        AppealType.Suggestion => "建议",
        _ => t.ToString(),
    };

    public static string Channel(Channel c) => c switch
    {
        Domain.Channel.Phone => "电话",
        Domain.Channel.Web => "网站",
        Domain.Channel.App => "移动应用",
        Domain.Channel.Open311 => "Open311",
        _ => c.ToString(),
    };

    public static string Satisfaction(Satisfaction s) => s switch
    {
        Domain.Satisfaction.Satisfied => "满意",
        Domain.Satisfaction.BasicallySatisfied => "基本满意",
        Domain.Satisfaction.Unsatisfied => "不满意",
        _ => s.ToString(),
    };

    public static string Closure(ClosureReason r) => r switch
    {
        ClosureReason.Resolved => "已解决",
        ClosureReason.Explained => "已解释说明（无法解决）",
        ClosureReason.NotOurResponsibility => "不属于职责范围",
        ClosureReason.Duplicate => "重复诉求",
        _ => r.ToString(),
    };

    public static string Level(SupervisionLevel l) => l switch
    {
        SupervisionLevel.General => "一般督办",
        SupervisionLevel.Special => "专项督办",
        SupervisionLevel.Key => "重点督办",
        _ => l.ToString(),
    };

    public static string Extension(ExtensionState s) => s switch
    {
        ExtensionState.Pending => "待审批",
        ExtensionState.Approved => "已批准",
        ExtensionState.Refused => "未批准",
        _ => s.ToString(),
    };
}

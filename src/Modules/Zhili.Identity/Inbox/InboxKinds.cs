namespace Zhili.Identity.Inbox;

/// <summary>The kinds of notice modules post (IInbox), with their Chinese names for the inbox page.</summary>
public static class InboxKinds
{
    public static string ChineseName(string kind) => kind switch
    {
        "deadline" => "期限提醒",
        "supervision" => "督办通知",
        "decision" => "待决定",
        "system" => "系统通知",
        _ => kind,
    };
}

using Microsoft.Extensions.Localization;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One line of an appeal's history as staff read it: when, and a sentence saying who did what.</summary>
public sealed record HistoryLine(string At, string Sentence, string? Rule);

/// <summary>
/// The appeal's timeline as sentences in the reader's language ("市长电话室 李督办 交办至 金水区"): unit codes become
/// names, stored values their labels, and the event kinds never show. The free text people wrote stays as written.
/// </summary>
public sealed partial class AppealHistory(IAdminUnits units, IStringLocalizer t)
{
    private static readonly HashSet<string> OfficeMoves =
    [
        Appeal.ReceivedKind, "assigned", "reassigned", "deadline", "callback", "reopened", "closed", "extension-approved", "extension-refused",
        "supervision-opened", "supervision-escalated", "linked", "follower-linked", "unlinked",
        StreetEvents.Withdrawn,
    ];

    public IReadOnlyList<HistoryLine> Of(Appeal appeal) => appeal.Events.OrderBy(e => e.At).ThenBy(e => e.Id)
        .Select(e => new HistoryLine(Time(e.At), Sentence(e), e.Rule)).ToList();

    public string Sentence(AppealEvent e) => $"{Who(e)} {What(e)}";

    /// <summary>
    /// The unit the actor acted for: an event carries the appeal's lead unit, so the office's own moves name the office;
    /// the scheduled jobs act for no unit.
    /// </summary>
    private string Who(AppealEvent e) => e.Actor == "system" ? Actor(e.Actor)
        : $"{Unit(OfficeMoves.Contains(e.Kind) ? Appeal.OfficeUnit : ActingUnit(e))} {Actor(e.Actor)}";

    /// <summary>二级转办 is recorded under the street (so the street reads and counts it) but done by its district (K-UNITS).</summary>
    private string ActingUnit(AppealEvent e) =>
        e.Kind == StreetEvents.Assigned ? units.Find(e.UnitCode)?.ParentCode ?? e.UnitCode : e.UnitCode;

    private string What(AppealEvent e)
    {
        var text = e.Text ?? "";
        return e.Kind switch
        {
            Appeal.ReceivedKind => t["受理诉求（{0}）", Channel(text)],
            "assigned" => Assignment("交办至 {0}", text),
            "reassigned" => Assignment("改派至 {0}", text),
            "returned" => t["回退诉求，理由：{0}", text],
            "note" => t["填写办理记录：{0}", text],
            "replied" => t["答复：{0}", text],
            "callback" => t["回访，诉求人评价为“{0}”", t[text]],
            "reopened" => t["重新办理，理由：{0}", text],
            "closed" => t["办结：{0}", Closure(text)],
            "extension-applied" when ExtensionApplied().Match(text) is { Success: true } m =>
                t["申请延期 {0} 个工作日，理由：{1}", m.Groups[1].Value, m.Groups[2].Value],
            "extension-approved" when Days().Match(text) is { Success: true } m => t["批准延期 {0} 个工作日", m.Groups[1].Value],
            "extension-refused" => t["不予延期，理由：{0}", text],
            "supervision-opened" => t["启动{0}，理由：{1}", Level(text).Level, Level(text).Reason],
            "supervision-escalated" => t["升级为{0}，理由：{1}", Level(text).Level, Level(text).Reason],
            "linked" when Number().Match(text) is { Success: true } m => t["将本诉求作为重复诉求随 {0} 办理", m.Value],
            "follower-linked" when Number().Match(text) is { Success: true } m => t["将重复诉求 {0} 并入本诉求办理", m.Value],
            "unlinked" => t["取消重复诉求关联，恢复单独办理"],
            "deadline" when Days().Match(text) is { Success: true } m => t["按分类的办理时限 {0} 个工作日计算办理期限", m.Groups[1].Value],
            StreetEvents.Assigned => Street(text),
            StreetEvents.Replied => t["答复区级：{0}", text],
            StreetEvents.Returned => t["回退区级，理由：{0}", text],
            StreetEvents.SentBack => t["退回街道重办，理由：{0}", text],
            StreetEvents.Accepted => t["审核通过街道的答复"],
            StreetEvents.Withdrawn => t["撤回 {0} 的办理", Unit(text)],
            Appeal.WarningEvent => t["提醒：距办理期限（{0}）不足 1 个工作日", Deadline(text)],
            Appeal.OverdueEvent => t["标记超期：已超过办理期限（{0}）", Deadline(text)],
            _ => text,
        };
    }

    private string Unit(string code) => units.Find(code)?.Name ?? code;

    /// <summary>Who acted: a person by name; the scheduled jobs, a citizen on the web and a partner system by what they are.</summary>
    private string Actor(string actor) => actor switch
    {
        "system" => t["系统"],
        "anonymous" => t["群众"],
        _ when actor.StartsWith("partner:", StringComparison.Ordinal) => t["合作系统 {0}", actor["partner:".Length..]],
        _ => actor,
    };

    private string Channel(string text) =>
        Enum.TryParse<Channel>(text, out var c) ? t[Texts.Channel(c)] : text;

    /// <summary>交办 and 改派 store "lead co1,co2": the names, with the co-handling units after the lead.</summary>
    private string Assignment(string template, string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var lead = parts.Length > 0 ? Unit(parts[0]) : "";
        var co = parts.Length > 1 ? string.Join("、", parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Unit)) : "";
        return co == "" ? t[template, lead] : t[template, lead] + t["，协办单位：{0}", co];
    }

    /// <summary>二级转办 stores "street instructions": the street by name, then the district's instructions if any.</summary>
    private string Street(string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var street = parts.Length > 0 ? Unit(parts[0]) : "";
        return parts.Length > 1 ? t["转 {0} 办理（二级转办），转办意见：{1}", street, parts[1]] : t["转 {0} 办理（二级转办）", street];
    }

    private string Closure(string text)
    {
        foreach (var r in Enum.GetValues<ClosureReason>())
        {
            var label = Texts.Closure(r);
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                var note = text[label.Length..].Trim();
                return note == "" ? t[label] : $"{t[label]}（{note}）";
            }
        }

        return text;
    }

    private (string Level, string Reason) Level(string text)
    {
        var at = text.IndexOf('：', StringComparison.Ordinal);
        var level = at < 0 ? text : text[..at];
        return (t[level], at < 0 ? "" : text[(at + 1)..]);
    }

    /// <summary>A deadline the job wrote as Beijing wall-clock time, shown as its civil day and 24:00 (K-TZ).</summary>
    private static string Deadline(string text)
    {
        var m = WallClock().Match(text);
        if (!m.Success || !DateTime.TryParseExact(m.Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return text;
        }

        return at.TimeOfDay == TimeSpan.Zero ? $"{at.AddDays(-1):yyyy-MM-dd} 24:00" : m.Value;
    }

    public static string Time(DateTime utc) => Civil.ToShanghai(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+) 个工作日：(.*)$", RegexOptions.Singleline)]
    private static partial Regex ExtensionApplied();

    [GeneratedRegex(@"(\d+) 个工作日")]
    private static partial Regex Days();

    [GeneratedRegex(@"HL[0-9A-Z]+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")]
    private static partial Regex WallClock();
}

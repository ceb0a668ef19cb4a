namespace Zhili.Roads.Domain.StreetProblems;

/// <summary>R-3BAO: the three responsibilities of a segment (L3310–3318).</summary>
public enum Responsibility
{
    /// <summary>包秩序</summary>
    Order = 1,

    /// <summary>包卫生</summary>
    Sanitation = 2,

    /// <summary>包立面</summary>
    Frontage = 3,
}

/// <summary>
/// R-3BAO: one kind of street problem with its default time to put right after it is filed (立案): in hours for what a
/// patrol team clears the same day (urban management works every day, so hours run round the clock), in working days
/// for repairs that need a contractor or an owner (the kernel's calendar). <see cref="RoadsOptions.ProblemDeadlines"/>
/// overrides them per code.
/// </summary>
public sealed record ProblemCategory(string Code, string Name, Responsibility Responsibility, ProblemDeadline Deadline)
{
    public static readonly IReadOnlyList<ProblemCategory> All =
    [
        new("order-parking", "乱停乱放", Responsibility.Order, ProblemDeadline.Hours(2)),
        new("order-vending", "占道经营", Responsibility.Order, ProblemDeadline.Hours(4)),
        new("order-piling", "乱堆乱放", Responsibility.Order, ProblemDeadline.Hours(24)),
        new("sanitation-garbage", "垃圾", Responsibility.Sanitation, ProblemDeadline.Hours(2)),
        new("sanitation-sewage", "污水", Responsibility.Sanitation, ProblemDeadline.Hours(24)),
        new("sanitation-stains", "污渍油渍或扬尘", Responsibility.Sanitation, ProblemDeadline.Hours(24)),
        new("sanitation-facility", "环卫设施损坏", Responsibility.Sanitation, ProblemDeadline.WorkingDays(3)),
        new("frontage-signboard", "招牌损坏", Responsibility.Frontage, ProblemDeadline.WorkingDays(5)),
        new("frontage-posting", "乱贴乱画", Responsibility.Frontage, ProblemDeadline.Hours(24)),
        new("frontage-wires", "线缆杂乱", Responsibility.Frontage, ProblemDeadline.WorkingDays(5)),
    ];

    public static ProblemCategory? Find(string? code) => All.FirstOrDefault(c => c.Code == code);

    public static string ResponsibilityName(Responsibility r) => r switch
    {
        Responsibility.Order => "包秩序",
        Responsibility.Sanitation => "包卫生",
        _ => "包立面",
    };
}

/// <summary>R-LOOP: how long a filed problem has to be put right: hours on the clock, or working days on the calendar.</summary>
public sealed record ProblemDeadline(int Amount, bool InWorkingDays)
{
    public static ProblemDeadline Hours(int n) => new(n, false);

    public static ProblemDeadline WorkingDays(int n) => new(n, true);

    /// <summary>"4h" or "3wd", as the settings write it; null when the text is neither.</summary>
    public static ProblemDeadline? Parse(string? text)
    {
        var t = text?.Trim().ToLowerInvariant() ?? "";
        return t.EndsWith("wd", StringComparison.Ordinal) && int.TryParse(t[..^2], CultureInfo.InvariantCulture, out var d) && d is > 0 and <= 60 ? WorkingDays(d)
            : t.EndsWith('h') && int.TryParse(t[..^1], CultureInfo.InvariantCulture, out var h) && h is > 0 and <= 720 ? Hours(h)
            : null;
    }

    public string Text => InWorkingDays ? $"{Amount} 个工作日" : $"{Amount} 小时";
}

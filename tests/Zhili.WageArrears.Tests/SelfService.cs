using System.Text.RegularExpressions;

namespace Zhili.WageArrears.Tests;

/// <summary>What the self-service tests share: the public endpoints, the notice's dates and the shape of a printed code.</summary>
public static partial class SelfService
{
    public const string DefenceUrl = "/api/v1/blacklist/public/defence";
    public const string ObjectionUrl = "/api/v1/blacklist/public/objections";

    // Notice received Thu 2026-02-12: 02-13 Fri #1, 02-14 Sat make-up #2, 02-15..23 Spring Festival off, 02-24 Tue #3,
    // 02-25 #4, 02-26 Thu #5 → the defence deadline, and so the code, ends at 24:00 Beijing time on 2026-02-26 = 16:00 UTC.
    public static readonly DateOnly Received = new(2026, 2, 12);
    public static readonly DateTime DefenceDue = new(2026, 2, 26, 16, 0, 0, DateTimeKind.Utc);

    [GeneratedRegex("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    public static partial Regex CodeShape();
}

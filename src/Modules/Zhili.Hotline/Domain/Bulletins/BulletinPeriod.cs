namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>H-BUL "日清、周综、月结、季评、年考核": the periods a bulletin covers (a day's statistics go with the 日清 list).</summary>
public enum BulletinPeriod
{
    Day = 1,     // 日清
    Week = 2,    // 周综 (Monday to Sunday)
    Month = 3,   // 月结
    Quarter = 4, // 季评
    Year = 5,    // 年考核
}

/// <summary>
/// The civil days a bulletin covers (K-TZ) and the instant its numbers are taken at: the end of the period once it is
/// over, so that a bulletin recomputed later gives the same numbers; "now" while the period is still running.
/// </summary>
public sealed record BulletinWindow(BulletinPeriod Period, DateOnly First, DateOnly Last, DateTime AsOf)
{
    /// <summary>0:00 Beijing time of the first day, as UTC.</summary>
    public DateTime From => Civil.StartOfDayUtc(First);

    /// <summary>24:00 Beijing time of the last day, as UTC (exclusive).</summary>
    public DateTime To => Civil.EndOfDayUtc(Last);

    public bool Complete => AsOf >= To;

    public static BulletinWindow Of(BulletinPeriod period, DateOnly date, DateTime now)
    {
        var first = period switch
        {
            BulletinPeriod.Day => date,
            BulletinPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
            BulletinPeriod.Month => new DateOnly(date.Year, date.Month, 1),
            BulletinPeriod.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
            _ => new DateOnly(date.Year, 1, 1),
        };
        var last = period switch
        {
            BulletinPeriod.Day => first,
            BulletinPeriod.Week => first.AddDays(6),
            BulletinPeriod.Month => first.AddMonths(1).AddDays(-1),
            BulletinPeriod.Quarter => first.AddMonths(3).AddDays(-1),
            _ => new DateOnly(date.Year, 12, 31),
        };
        var end = Civil.EndOfDayUtc(last);
        return new BulletinWindow(period, first, last, now < end ? now : end);
    }

    /// <summary>How the bulletin names itself, e.g. "2026年3月 月结".</summary>
    public string Label => Period switch
    {
        BulletinPeriod.Day => Date("yyyy年M月d日") + " 日清",
        BulletinPeriod.Week => $"{Date("yyyy年M月d日")}—{Last.ToString("M月d日", CultureInfo.InvariantCulture)} 周综",
        BulletinPeriod.Month => Date("yyyy年M月") + " 月结",
        BulletinPeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{First.Year}年第{((First.Month - 1) / 3) + 1}季度 季评"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{First.Year}年 年考核"),
    };

    public static string Name(BulletinPeriod period) => period switch
    {
        BulletinPeriod.Day => "日清",
        BulletinPeriod.Week => "周综",
        BulletinPeriod.Month => "月结",
        BulletinPeriod.Quarter => "季评",
        _ => "年考核",
    };

    private string Date(string format) => First.ToString(format, CultureInfo.InvariantCulture);
}

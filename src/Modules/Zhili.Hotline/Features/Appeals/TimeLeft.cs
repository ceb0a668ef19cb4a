namespace Zhili.Hotline.Features.Appeals;

/// <summary>The time left to a deadline as the list and the appeal page show it (H-SLA).</summary>
public static class TimeLeft
{
    public static string Of(DateTime? deadline, DateTime now)
    {
        if (deadline is not { } d)
        {
            return "—";
        }

        var left = d - now;
        var span = left.Duration();
        var text = span.TotalDays >= 1 ? $"{(int)span.TotalDays} 天 {span.Hours} 小时" : $"{span.Hours} 小时 {span.Minutes} 分";
        return left < TimeSpan.Zero ? $"已超期 {text}" : $"剩余 {text}";
    }
}

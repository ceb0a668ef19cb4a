using ScottPlot;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>
/// H-BUL: a bar chart of one indicator per handling unit, drawn on the server (ScottPlot) as SVG for pages (the reader's
/// fonts draw the Chinese) or PNG for files (needs a CJK font on the server: fonts-wqy-zenhei).
/// </summary>
public static class BulletinChart
{
    /// <summary>The units charted: those that received most in the period.</summary>
    public const int MaxUnits = 20;

    public const int Width = 900;

    public const int Height = 480;

    /// <summary>ScottPlot's own font detection finds no CJK font on Linux; the font is named outright.</summary>
    private const string CjkFont = "WenQuanYi Zen Hei";

    public static string Svg(PeriodBulletin b, Indicator indicator) => Draw(b, indicator).GetSvgXml(Width, Height);

    public static byte[] Png(PeriodBulletin b, Indicator indicator) => Draw(b, indicator).GetImageBytes(Width, Height, ImageFormat.Png);

    internal static Plot Draw(PeriodBulletin b, Indicator indicator)
    {
        // A rate over nothing ("—") is left out, not drawn as 0.
        var lines = b.Units.Where(u => !indicator.IsRate || u[indicator.Key].Ratio is not null)
            .OrderByDescending(u => u[Indicators.Received.Key].Value).ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .Take(MaxUnits).ToList();
        var values = lines.Select(u => indicator.IsRate ? Math.Round(u[indicator.Key].Ratio!.Value * 100, 1) : u[indicator.Key].Value).ToArray();

        var plot = new Plot();
        plot.Font.Set(CjkFont);
        plot.Title(lines.Count == 0 ? $"{b.Label} · {indicator.Name}（无数据）" : $"{b.Label} · {indicator.Name}");
        plot.YLabel(indicator.IsRate ? $"{indicator.Name}（%）" : $"{indicator.Name}（件）");
        if (lines.Count > 0)
        {
            var bars = plot.Add.Bars(values);
            foreach (var (bar, line) in bars.Bars.Zip(lines))
            {
                bar.Label = line[indicator.Key].Text;
                bar.CenterLabel = indicator.IsRate; // inside the bar: above a 100 % bar it would fall off the axis
            }

            bars.ValueLabelStyle.FontName = CjkFont;
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, lines.Count).Select(i => (double)i).ToArray(), lines.Select(u => u.UnitName).ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = lines.Count > 6 ? -45 : 0;
            plot.Axes.Bottom.TickLabelStyle.Alignment = lines.Count > 6 ? Alignment.MiddleRight : Alignment.UpperCenter;
            plot.Axes.Bottom.MinimumSize = lines.Count > 6 ? 90 : 40;
            plot.Axes.Margins(bottom: 0);
            if (indicator.IsRate)
            {
                plot.Axes.SetLimitsY(0, 100); // a rate never exceeds 100 %, so neither does its axis
            }
        }

        plot.Font.Set(CjkFont);
        return plot;
    }
}

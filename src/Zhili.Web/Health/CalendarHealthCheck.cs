namespace Zhili.Web.Health;

/// <summary>
/// K-WD-1: deadlines are only exact where the holiday data covers them. Degraded when today is outside the data,
/// or when any calculation used a year without data (it counted Monday–Friday); a plain note when the data runs out soon.
/// </summary>
public sealed class CalendarHealthCheck(CalendarHolder calendar, TimeProvider clock) : IHealthCheck
{
    /// <summary>How long before the data ends the health output starts to remind the administrator.</summary>
    public const int WarnDaysBeforeEnd = 45;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = Civil.Today(clock);
        var coverage = calendar.Coverage;
        var touched = calendar.UncoveredYearsTouched.Order().ToList();
        var data = new Dictionary<string, object>
        {
            ["today"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["yearsWithData"] = coverage.Years,
            ["yearsUsedWithoutData"] = touched,
        };

        if (!coverage.Covers(today) || touched.Count > 0)
        {
            var years = string.Join("、", touched.Append(today.Year).Where(y => !coverage.Years.Contains(y)).Distinct().Order());
            return Task.FromResult(HealthCheckResult.Degraded(
                $"{years} 年没有节假日安排数据，按周一至周五计算；请导入该年安排 (K-WD-1: no holiday data for {years}; counting Monday–Friday. Import the year's arrangement.)",
                data: data));
        }

        var next = today.Year + 1;
        if (!coverage.Years.Contains(next) && today.AddDays(WarnDaysBeforeEnd).Year == next)
        {
            return Task.FromResult(HealthCheckResult.Healthy(
                $"节假日数据覆盖到 {coverage.LastYear} 年；{next} 年安排发布后请尽快导入 (data ends {coverage.LastYear}; import {next} once published)", data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"节假日数据覆盖 {coverage.FirstYear}–{coverage.LastYear} 年", data));
    }
}

using BenchmarkDotNet.Attributes;
using Zhili.Kernel.Calendar;

namespace Zhili.Bench;

/// <summary>
/// The working-day calendar is on every deadline of every module (K-WD-2): how long one calculation takes,
/// inside the data and outside it (K-WD-1 fallback), next to a plain day-by-day loop as the raw reference.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private readonly CalendarHolder calendar = new();
    private readonly DateOnly[] starts = Enumerable.Range(0, 1024).Select(i => new DateOnly(2018, 1, 1).AddDays(i * 3 % 3200)).ToArray();
    private int next;

    private DateOnly Start => starts[next++ & 1023];

    [Benchmark(Description = "AddWorkingDays(d, 20), 2018-2026")]
    public DateOnly AddTwenty() => calendar.AddWorkingDays(Start, 20);

    [Benchmark(Description = "AddWorkingDays(d, -2), 2018-2026")]
    public DateOnly BackTwo() => calendar.AddWorkingDays(Start, -2);

    [Benchmark(Description = "WorkingDaysBetween over one year")]
    public int OneYear() => calendar.WorkingDaysBetween(Start, Start.AddDays(365));

    [Benchmark(Description = "AddWorkingDays(d, 20) outside the data (2030)")]
    public DateOnly Outside() => calendar.AddWorkingDays(new DateOnly(2030, 3, 1).AddDays(next++ & 255), 20);

    [Benchmark(Baseline = true, Description = "raw: 20 weekdays by a day-by-day loop, no holidays")]
    public DateOnly RawLoop()
    {
        var d = Start;
        for (var k = 0; k < 20;)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                k++;
            }
        }

        return d;
    }
}

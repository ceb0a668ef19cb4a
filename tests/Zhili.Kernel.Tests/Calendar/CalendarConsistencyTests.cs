using Zhili.Kernel.Calendar;
using static Zhili.Kernel.Tests.Calendar.TestDates;

namespace Zhili.Kernel.Tests.Calendar;

/// <summary>
/// Cross-checks the precomputed paths against the README's day-by-day definition, over and beyond the data edges
/// (2016–2028). These compare two independent computations; the hand-counted expectations are elsewhere.
/// </summary>
public sealed class CalendarConsistencyTests
{
    private static bool ByDefinition(DateOnly d, Dictionary<DateOnly, bool> listed) =>
        listed.TryGetValue(d, out var off) ? !off : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static readonly Dictionary<DateOnly, bool> Listed =
        HolidayData.Shipped().SelectMany(y => y.Days).ToDictionary(d => d.Date, d => d.Off);

    [Fact]
    public void K_WD_1_every_day_2016_to_2028_follows_the_readme_rule()
    {
        for (var d = D("2016-01-01"); d <= D("2028-12-31"); d = d.AddDays(1))
        {
            Shipped.IsWorkingDay(d).ShouldBe(ByDefinition(d, Listed), d.ToString("O", null));
        }
    }

    [Fact]
    public void K_WD_3_between_matches_day_by_day_counting()
    {
        var random = new Random(20240209);
        for (var i = 0; i < 2000; i++)
        {
            var from = D("2016-06-01").AddDays(random.Next(0, 4600));
            var to = from.AddDays(random.Next(-10, 800));
            var expected = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                expected += ByDefinition(d, Listed) ? 1 : 0;
            }

            Shipped.WorkingDaysBetween(from, to).ShouldBe(expected, $"({from:O}, {to:O}]");
        }
    }

    [Fact]
    public void K_WD_2_add_lands_on_a_working_day_n_working_days_away()
    {
        var random = new Random(20181021);
        for (var i = 0; i < 2000; i++)
        {
            var from = D("2016-06-01").AddDays(random.Next(0, 4600));
            var n = random.Next(1, 60) * (random.Next(2) == 0 ? 1 : -1);
            var result = Shipped.AddWorkingDays(from, n);

            Shipped.IsWorkingDay(result).ShouldBeTrue();
            if (n > 0)
            {
                Shipped.WorkingDaysBetween(from, result).ShouldBe(n);
            }
            else
            {
                // n working days strictly before from: (result-1, from-1] holds |n| working days, result included.
                Shipped.WorkingDaysBetween(result.AddDays(-1), from.AddDays(-1)).ShouldBe(-n);
            }
        }
    }
}

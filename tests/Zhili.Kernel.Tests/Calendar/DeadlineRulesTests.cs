using Zhili.Kernel.Calendar;
using static Zhili.Kernel.Tests.Calendar.TestDates;

namespace Zhili.Kernel.Tests.Calendar;

public sealed class DeadlineRulesTests
{
    [Theory]
    // Deadline X = 2024-10-08 Tue. (09-26, 10-08]: 09-27 Fri #1; 09-28 Sat rest; 09-29 Sun make-up #2; 09-30 Mon #3;
    // 10-01..07 off; 10-08 #4
    [InlineData("2024-09-26", "2024-10-08", 4)]
    // (09-29, 10-08]: 09-30 Mon #1; 10-01..07 off; 10-08 #2
    [InlineData("2024-09-29", "2024-10-08", 2)]
    // (09-30, 10-08]: 10-01..07 off; 10-08 #1
    [InlineData("2024-09-30", "2024-10-08", 1)]
    // to == from and to < from give 0
    [InlineData("2024-10-08", "2024-10-08", 0)]
    [InlineData("2024-10-09", "2024-10-08", 0)]
    // (Fri 2024-03-01, Fri 2024-03-08]: 03-04..08 Mon–Fri = 5, an ordinary week
    [InlineData("2024-03-01", "2024-03-08", 5)]
    public void K_WD_3_counts_working_days_in_half_open_interval(string fromExclusive, string toInclusive, int expected)
    {
        Shipped.WorkingDaysBetween(D(fromExclusive), D(toInclusive)).ShouldBe(expected);
    }

    [Fact]
    public void K_WD_3_at_least_two_working_days_before_a_deadline_across_national_day()
    {
        // "提前 2 个工作日" before X = 2024-10-08: a submission on 09-29 (Sun, make-up day) still holds
        // (09-30 and 10-08 = 2), one on 09-30 does not (only 10-08 = 1).
        var deadline = D("2024-10-08");
        (Shipped.WorkingDaysBetween(D("2024-09-29"), deadline) >= 2).ShouldBeTrue();
        (Shipped.WorkingDaysBetween(D("2024-09-30"), deadline) >= 2).ShouldBeFalse();

        // The latest submission day that holds is the 2nd working day before X (README counting convention).
        Shipped.AddWorkingDays(deadline, -2).ShouldBe(D("2024-09-29"));
    }

    [Fact]
    public void K_WD_2_n_zero_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Shipped.AddWorkingDays(D("2024-10-08"), 0));
    }

    [Fact]
    public void K_WD_2_the_start_day_never_counts_even_when_it_is_a_working_day()
    {
        // 2024-03-04 Mon is a working day; the 1st working day after it is 03-05 Tue, the 1st before it 03-01 Fri.
        Shipped.AddWorkingDays(D("2024-03-04"), 1).ShouldBe(D("2024-03-05"));
        Shipped.AddWorkingDays(D("2024-03-04"), -1).ShouldBe(D("2024-03-01"));
    }

    [Theory]
    [InlineData("2024-02-09", 2024, 2, 9)]   // 24:00 Beijing on 02-09 = 2024-02-09T16:00Z
    [InlineData("2026-12-31", 2026, 12, 31)] // 24:00 Beijing on 12-31 = 2026-12-31T16:00Z
    public void K_TZ_end_of_day_is_16_00_utc_of_the_same_date(string day, int year, int month, int dayOfMonth)
    {
        var end = Shipped.EndOfDayUtc(D(day));
        end.ShouldBe(new DateTime(year, month, dayOfMonth, 16, 0, 0, DateTimeKind.Utc));
        end.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void K_WD_2_deadline_of_within_20_working_days_from_2018_09_21_ends_2018_10_25_16_00_utc()
    {
        // README #1: the 20th working day is 2018-10-25; the deadline is its end, 24:00 Beijing = 16:00 UTC.
        var day = Shipped.AddWorkingDays(D("2018-09-21"), 20);
        Shipped.EndOfDayUtc(day).ShouldBe(new DateTime(2018, 10, 25, 16, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("2020-02-29", 1, "2021-02-28")] // no 29 Feb in 2021 → 28 Feb
    [InlineData("2020-02-29", 4, "2024-02-29")] // leap year again
    [InlineData("2019-03-15", 3, "2022-03-15")]
    [InlineData("2024-02-29", -1, "2023-02-28")]
    public void K_YEAR_n_years_from_a_date_keeps_month_and_day(string from, int years, string expected)
    {
        CivilYears.Add(D(from), years).ShouldBe(D(expected));
    }
}

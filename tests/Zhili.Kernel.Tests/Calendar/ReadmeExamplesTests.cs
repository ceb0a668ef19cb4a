using static Zhili.Kernel.Tests.Calendar.TestDates;

namespace Zhili.Kernel.Tests.Calendar;

/// <summary>Every worked example, single-day check and yearly total of data/cn-holidays/README.md.</summary>
public sealed class ReadmeExamplesTests
{
    [Theory]
    // #1: 09-24 Mon off (中秋节); 09-25..28 = #1–4; 09-29 Sat and 09-30 Sun are make-up working days = #5, #6;
    //     10-01..07 off (国庆节); 10-08..12 = #7–11; 10-15..19 = #12–16; 10-22..25 = #17–20
    [InlineData("2018-09-21", 20, "2018-10-25")]
    // #2: 09-28 Sat rest; 09-29 Sun make-up = #1; 09-30 Mon = #2; 10-01..07 off; 10-08, 09, 10 = #3–5
    [InlineData("2024-09-27", 5, "2024-10-10")]
    // #3: 10-08..10-01 off (国庆节、中秋节, 8 days); 09-30 Tue = #1; 09-29 Mon = #2 (09-28 Sun make-up would be #3)
    [InlineData("2025-10-09", -2, "2025-09-29")]
    // #4: 12-28 Fri = #1; 12-29 Sat make-up = #2 (listed in 2018.json, set by the 2019 notice); 12-30, 12-31, 01-01 off; 01-02 = #3
    [InlineData("2018-12-27", 3, "2019-01-02")]
    // #5: 01-24..02-02 off. The Spring Festival was extended by 国办发明电〔2020〕1号, so 02-01 Sat, first set as a
    //     make-up day, became a day off
    [InlineData("2020-01-23", 1, "2020-02-03")]
    // #6: 02-13 Fri = #1; 02-14 Sat make-up = #2; 02-15..23 off (9 days); 02-24, 25, 26 = #3–5
    [InlineData("2026-02-12", 5, "2026-02-26")]
    // #7: 09-29..10-06 off; 10-07 Sat and 10-08 Sun make-up = #1, #2; 10-09 = #3
    [InlineData("2023-09-28", 3, "2023-10-09")]
    // #8: D is a rest day, and counting still starts the day after it: 10-06, 10-07 off
    [InlineData("2024-10-05", 1, "2024-10-08")]
    // #9: 01-02, 01-03 off; 01-04 Sun is a make-up working day
    [InlineData("2026-01-01", 1, "2026-01-04")]
    public void K_WD_2_readme_worked_examples(string from, int n, string expected)
    {
        Shipped.AddWorkingDays(D(from), n).ShouldBe(D(expected));
    }

    [Theory]
    [InlineData("2018-09-29", true)]  // Sat, make-up working day (国庆节)
    [InlineData("2018-12-31", false)] // Mon, 元旦 2019 span (set by the 2019 notice)
    [InlineData("2020-02-01", false)] // Sat, make-up day cancelled by the 2020 extension
    [InlineData("2024-02-09", true)]  // Fri, 除夕 2024 is not a statutory day off
    [InlineData("2024-02-18", true)]  // Sun, make-up working day (春节)
    [InlineData("2025-01-28", false)] // Tue, 除夕 2025 is a statutory day off since the 2024 revision
    [InlineData("2026-02-28", true)]  // Sat, make-up working day (春节)
    public void K_WD_1_readme_single_day_checks(string day, bool working)
    {
        Shipped.IsWorkingDay(D(day)).ShouldBe(working);
    }

    [Theory]
    [InlineData(2018, 250)]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void K_WD_1_working_days_per_year_match_the_readme_table(int year, int workingDays)
    {
        Shipped.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)).ShouldBe(workingDays);
    }
}

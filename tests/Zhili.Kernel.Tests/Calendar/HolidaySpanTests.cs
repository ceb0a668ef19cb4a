using static Zhili.Kernel.Tests.Calendar.TestDates;

namespace Zhili.Kernel.Tests.Calendar;

/// <summary>
/// K-WD-2 across every Spring Festival (春节) and National Day (国庆节) 2018–2026. Each expected date was counted
/// by hand from the official data in data/cn-holidays/YYYY.json and a printed calendar; the count is above each case.
/// </summary>
public sealed class HolidaySpanTests
{
    [Theory]
    // 2018 春节 (off 02-15 Thu..02-21 Wed; make-up 02-11 Sun, 02-24 Sat)
    // 02-14 Wed = #1; 02-15..21 off; 02-22 Thu = #2; 02-23 Fri = #3
    [InlineData("2018-02-13", 3, "2018-02-23")]
    // 02-10 Sat rest; 02-11 Sun make-up = #1; 02-12 Mon #2, 02-13 Tue #3, 02-14 Wed #4; 02-15..21 off; 02-22 Thu = #5
    [InlineData("2018-02-09", 5, "2018-02-22")]
    // backwards from 02-26 Mon: 02-25 Sun rest; 02-24 Sat make-up = #1; 02-23 Fri = #2; 02-22 Thu = #3
    [InlineData("2018-02-26", -3, "2018-02-22")]
    // 2019 春节 (make-up 02-02 Sat, 02-03 Sun; off 02-04 Mon..02-10 Sun)
    // 02-02 Sat make-up = #1; 02-03 Sun make-up = #2; 02-04..10 off; 02-11 Mon = #3
    [InlineData("2019-02-01", 3, "2019-02-11")]
    // backwards from 02-11 Mon: 02-10..02-04 off; 02-03 Sun make-up = #1
    [InlineData("2019-02-11", -1, "2019-02-03")]
    // 2020 春节 (make-up 01-19 Sun; off 01-24 Fri..02-02 Sun after the extension; 02-01 Sat no longer make-up)
    // 01-18 Sat rest; 01-19 Sun make-up = #1; 01-20 Mon = #2
    [InlineData("2020-01-17", 2, "2020-01-20")]
    // 01-22 Wed = #1; 01-23 Thu = #2; 01-24..02-02 off (10 days); 02-03 Mon = #3; 02-04 Tue = #4; 02-05 Wed = #5
    [InlineData("2020-01-21", 5, "2020-02-05")]
    // 2021 春节 (make-up 02-07 Sun; off 02-11 Thu..02-17 Wed; make-up 02-20 Sat)
    // 02-06 Sat rest; 02-07 Sun make-up = #1; 02-08 Mon = #2; 02-09 Tue = #3; 02-10 Wed = #4
    [InlineData("2021-02-05", 4, "2021-02-10")]
    // 02-11..17 off; 02-18 Thu = #1; 02-19 Fri = #2; 02-20 Sat make-up = #3
    [InlineData("2021-02-10", 3, "2021-02-20")]
    // 2022 春节 (make-up 01-29 Sat, 01-30 Sun; off 01-31 Mon..02-06 Sun)
    // 01-29 Sat make-up = #1; 01-30 Sun make-up = #2; 01-31..02-06 off; 02-07 Mon = #3
    [InlineData("2022-01-28", 3, "2022-02-07")]
    // 2023 春节 (off 01-21 Sat..01-27 Fri; make-up 01-28 Sat, 01-29 Sun)
    // 01-20 Fri = #1; 01-21..27 off; 01-28 Sat make-up = #2
    [InlineData("2023-01-19", 2, "2023-01-28")]
    // backwards from 01-30 Mon: 01-29 Sun make-up = #1; 01-28 Sat make-up = #2; 01-27..21 off; 01-20 Fri = #3
    [InlineData("2023-01-30", -3, "2023-01-20")]
    // 2024 春节 (make-up 02-04 Sun; off 02-10 Sat..02-17 Sat; make-up 02-18 Sun; 02-09 除夕 Fri is a working day)
    // 02-09 Fri (除夕) = #1; 02-10..17 off; 02-18 Sun make-up = #2
    [InlineData("2024-02-08", 2, "2024-02-18")]
    // 02-03 Sat rest; 02-04 Sun make-up = #1; 02-05 Mon = #2; 02-06 Tue = #3
    [InlineData("2024-02-02", 3, "2024-02-06")]
    // 2025 春节 (make-up 01-26 Sun; off 01-28 Tue..02-04 Tue; make-up 02-08 Sat)
    // 01-25 Sat rest; 01-26 Sun make-up = #1; 01-27 Mon = #2
    [InlineData("2025-01-24", 2, "2025-01-27")]
    // 01-28..02-04 off (8 days); 02-05 Wed = #1; 02-06 Thu = #2; 02-07 Fri = #3; 02-08 Sat make-up = #4
    [InlineData("2025-01-27", 4, "2025-02-08")]
    // 2026 春节 (make-up 02-14 Sat; off 02-15 Sun..02-23 Mon; make-up 02-28 Sat)
    // from 02-23 Mon (off): 02-24 Tue = #1; 02-25 Wed = #2; 02-26 Thu = #3; 02-27 Fri = #4; 02-28 Sat make-up = #5
    [InlineData("2026-02-23", 5, "2026-02-28")]
    // backwards from 02-24 Tue: 02-23..02-15 off; 02-14 Sat make-up = #1; 02-13 Fri = #2
    [InlineData("2026-02-24", -2, "2026-02-13")]
    public void K_WD_2_across_spring_festival(string from, int n, string expected)
    {
        Shipped.AddWorkingDays(D(from), n).ShouldBe(D(expected));
    }

    [Theory]
    // 2018 国庆节 (make-up 09-29 Sat, 09-30 Sun; off 10-01 Mon..10-07 Sun)
    // 09-29 Sat make-up = #1; 09-30 Sun make-up = #2
    [InlineData("2018-09-28", 2, "2018-09-30")]
    // from 09-30 Sun: 10-01..07 off; 10-08 Mon = #1
    [InlineData("2018-09-30", 1, "2018-10-08")]
    // 2019 国庆节 (make-up 09-29 Sun; off 10-01 Tue..10-07 Mon; make-up 10-12 Sat)
    // 09-28 Sat rest; 09-29 Sun make-up = #1; 09-30 Mon = #2; 10-01..07 off; 10-08 Tue = #3
    [InlineData("2019-09-27", 3, "2019-10-08")]
    // 10-09 Wed = #1; 10-10 Thu = #2; 10-11 Fri = #3; 10-12 Sat make-up = #4
    [InlineData("2019-10-08", 4, "2019-10-12")]
    // 2020 国庆节、中秋节 (make-up 09-27 Sun; off 10-01 Thu..10-08 Thu; make-up 10-10 Sat)
    // 10-01..08 off; 10-09 Fri = #1; 10-10 Sat make-up = #2
    [InlineData("2020-09-30", 2, "2020-10-10")]
    // backwards from 10-09 Fri: 10-08..10-01 off; 09-30 Wed = #1; 09-29 Tue = #2; 09-28 Mon = #3
    [InlineData("2020-10-09", -3, "2020-09-28")]
    // 2021 国庆节 (make-up 09-26 Sun; off 10-01 Fri..10-07 Thu; make-up 10-09 Sat)
    // 09-30 Thu = #1; 10-01..07 off; 10-08 Fri = #2; 10-09 Sat make-up = #3
    [InlineData("2021-09-29", 3, "2021-10-09")]
    // 09-25 Sat rest; 09-26 Sun make-up = #1; 09-27 Mon = #2
    [InlineData("2021-09-24", 2, "2021-09-27")]
    // 2022 国庆节 (off 10-01 Sat..10-07 Fri; make-up 10-08 Sat, 10-09 Sun)
    // 10-01..07 off; 10-08 Sat make-up = #1; 10-09 Sun make-up = #2
    [InlineData("2022-09-30", 2, "2022-10-09")]
    // backwards from 10-08 Sat: 10-07..10-01 off; 09-30 Fri = #1
    [InlineData("2022-10-08", -1, "2022-09-30")]
    // 2023 中秋节、国庆节 (off 09-29 Fri..10-06 Fri; make-up 10-07 Sat, 10-08 Sun)
    // 09-28 Thu = #1; 09-29..10-06 off; 10-07 Sat make-up = #2
    [InlineData("2023-09-27", 2, "2023-10-07")]
    // 2024 国庆节 (make-up 09-29 Sun; off 10-01 Tue..10-07 Mon; make-up 10-12 Sat)
    // 10-09 Wed = #1; 10-10 Thu = #2; 10-11 Fri = #3; 10-12 Sat make-up = #4; 10-13 Sun rest; 10-14 Mon = #5
    [InlineData("2024-10-08", 5, "2024-10-14")]
    // backwards from 10-08 Tue: 10-07..10-01 off; 09-30 Mon = #1; 09-29 Sun make-up = #2
    [InlineData("2024-10-08", -2, "2024-09-29")]
    // 2025 国庆节、中秋节 (make-up 09-28 Sun; off 10-01 Wed..10-08 Wed; make-up 10-11 Sat)
    // 09-27 Sat rest; 09-28 Sun make-up = #1; 09-29 Mon = #2
    [InlineData("2025-09-26", 2, "2025-09-29")]
    // 10-01..08 off; 10-09 Thu = #1; 10-10 Fri = #2; 10-11 Sat make-up = #3; 10-12 Sun rest; 10-13 Mon = #4
    [InlineData("2025-09-30", 4, "2025-10-13")]
    // 2026 中秋节 and 国庆节 (make-up 09-20 Sun; off 09-25 Fri..09-27 Sun; off 10-01 Thu..10-07 Wed; make-up 10-10 Sat)
    // 10-01..07 off; 10-08 Thu = #1; 10-09 Fri = #2; 10-10 Sat make-up = #3
    [InlineData("2026-09-30", 3, "2026-10-10")]
    // 09-25..27 off (中秋节); 09-28 Mon = #1; 09-29 Tue = #2; 09-30 Wed = #3
    [InlineData("2026-09-24", 3, "2026-09-30")]
    public void K_WD_2_across_national_day(string from, int n, string expected)
    {
        Shipped.AddWorkingDays(D(from), n).ShouldBe(D(expected));
    }

    [Theory]
    // 01-28 Fri = #1; 01-29 Sat make-up = #2; 01-30 Sun make-up = #3; 01-31..02-06 off; 02-07 Mon = #4; 02-08 Tue = #5
    [InlineData("2022-01-27", "2022-02-08", 5)]
    // 09-19 Sat rest; 09-20 Sun make-up = #1; 09-21..24 Mon–Thu = #2–5; 09-25..27 off; 09-28..30 = #6–8;
    // 10-01..07 off; 10-08 Thu = #9; 10-09 Fri = #10
    [InlineData("2026-09-18", "2026-10-09", 10)]
    // 2020: 01-24..02-02 off, so (01-23, 02-02] has no working day at all
    [InlineData("2020-01-23", "2020-02-02", 0)]
    // 2023: 01-21..27 off; 01-28 Sat make-up = #1; 01-29 Sun make-up = #2
    [InlineData("2023-01-20", "2023-01-29", 2)]
    public void K_WD_3_working_days_between_across_holidays(string fromExclusive, string toInclusive, int expected)
    {
        Shipped.WorkingDaysBetween(D(fromExclusive), D(toInclusive)).ShouldBe(expected);
    }
}

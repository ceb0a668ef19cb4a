using Zhili.Kernel.Calendar;
using static Zhili.Kernel.Tests.Calendar.TestDates;

namespace Zhili.Kernel.Tests.Calendar;

public sealed class UncoveredYearTests
{
    private const string Year2027 = """
        {"year": 2027, "source": "test arrangement", "days": [
          {"date": "2027-01-01", "name": "元旦", "off": true},
          {"date": "2027-01-04", "name": "元旦", "off": true}
        ]}
        """;

    [Fact]
    public void K_WD_1_shipped_data_covers_2018_to_2026()
    {
        Shipped.Coverage.Years.ShouldBe([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
        Shipped.Coverage.FirstYear.ShouldBe(2018);
        Shipped.Coverage.LastYear.ShouldBe(2026);
        Shipped.Coverage.Covers(D("2026-12-31")).ShouldBeTrue();
        Shipped.Coverage.Covers(D("2027-01-01")).ShouldBeFalse();
        Shipped.Coverage.Covers(D("2017-12-31")).ShouldBeFalse();
        HolidayData.Shipped().Count.ShouldBe(9);
    }

    [Fact]
    public void K_WD_1_empty_coverage_has_no_first_or_last_year()
    {
        var calendar = new WorkingDayCalendar([]);
        calendar.Coverage.Years.ShouldBeEmpty();
        calendar.Coverage.FirstYear.ShouldBeNull();
        calendar.Coverage.LastYear.ShouldBeNull();
        // No data at all: plain Monday–Friday. 2024-10-01 is a Tuesday.
        calendar.IsWorkingDay(D("2024-10-01")).ShouldBeTrue();
        // (Fri 2024-09-27, Tue 2024-10-08]: 09-30..10-04 Mon–Fri = 5, 10-07 Mon = 6, 10-08 Tue = 7
        calendar.WorkingDaysBetween(D("2024-09-27"), D("2024-10-08")).ShouldBe(7);
    }

    [Fact]
    public void K_WD_1_a_monday_in_2027_is_a_working_day_and_the_year_is_reported()
    {
        var reported = new List<int>();
        var calendar = new WorkingDayCalendar(HolidayData.Shipped(), reported.Add);

        calendar.IsWorkingDay(D("2027-01-04")).ShouldBeTrue(); // Monday, no data → Monday–Friday
        reported.ShouldBe([2027]);
    }

    [Fact]
    public void K_WD_1_weekend_outside_the_data_is_a_rest_day()
    {
        var reported = new List<int>();
        var calendar = new WorkingDayCalendar(HolidayData.Shipped(), reported.Add);

        calendar.IsWorkingDay(D("2027-01-02")).ShouldBeFalse(); // Saturday
        calendar.IsWorkingDay(D("2017-12-29")).ShouldBeTrue();  // Friday
        reported.ShouldBe([2027, 2017]);
    }

    [Fact]
    public void K_WD_1_covered_dates_do_not_call_back()
    {
        var reported = new List<int>();
        var calendar = new WorkingDayCalendar(HolidayData.Shipped(), reported.Add);

        calendar.IsWorkingDay(D("2024-02-09")).ShouldBeTrue();
        calendar.AddWorkingDays(D("2018-09-21"), 20).ShouldBe(D("2018-10-25"));
        calendar.WorkingDaysBetween(D("2017-12-31"), D("2018-12-31")).ShouldBe(250); // from itself is not touched
        reported.ShouldBeEmpty();
    }

    [Fact]
    public void K_WD_2_adding_into_2027_counts_monday_to_friday_and_reports_once()
    {
        var reported = new List<int>();
        var calendar = new WorkingDayCalendar(HolidayData.Shipped(), reported.Add);

        // From Thu 2026-12-31: 2027-01-01 Fri = #1 (no data: Monday–Friday); 01-02, 01-03 weekend; 01-04 Mon = #2;
        // 01-05 Tue = #3
        calendar.AddWorkingDays(D("2026-12-31"), 3).ShouldBe(D("2027-01-05"));
        reported.ShouldBe([2027]);
    }

    [Fact]
    public void K_WD_3_between_across_the_data_edge_counts_both_parts_and_reports()
    {
        var reported = new List<int>();
        var calendar = new WorkingDayCalendar(HolidayData.Shipped(), reported.Add);

        // (2026-12-25 Fri, 2027-01-08 Fri]: 12-28..31 Mon–Thu = 4 (2026 data lists nothing there);
        // 2027-01-01 Fri = 5; 01-04..08 Mon–Fri = 10
        calendar.WorkingDaysBetween(D("2026-12-25"), D("2027-01-08")).ShouldBe(10);
        reported.ShouldBe([2027]);
    }

    [Fact]
    public void K_WD_1_an_admin_year_fills_2027_and_replaces_a_shipped_year()
    {
        var admin2026 = HolidayYear.Parse("""
            {"year": 2026, "source": "admin correction", "days": [
              {"date": "2026-12-31", "name": "元旦", "off": true}
            ]}
            """);
        var calendar = new WorkingDayCalendar([.. HolidayData.Shipped(), admin2026, HolidayYear.Parse(Year2027)]);

        calendar.Coverage.Years.ShouldBe([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
        calendar.IsWorkingDay(D("2026-12-31")).ShouldBeFalse(); // the admin entry
        calendar.IsWorkingDay(D("2026-02-16")).ShouldBeTrue();  // Mon: shipped 春节 data is gone with the replaced year
        calendar.IsWorkingDay(D("2026-01-04")).ShouldBeFalse(); // Sun: the shipped make-up day is gone too
        calendar.IsWorkingDay(D("2027-01-04")).ShouldBeFalse(); // Mon, off in the imported 2027
        calendar.IsWorkingDay(D("2025-01-28")).ShouldBeFalse(); // other shipped years stay
        calendar.Years.Single(y => y.Year == 2026).Source.ShouldBe("admin correction");
    }

    [Fact]
    public void K_WD_1_a_gap_year_between_covered_years_falls_back_and_reports()
    {
        var reported = new List<int>();
        var shipped = HolidayData.Shipped();
        var calendar = new WorkingDayCalendar(shipped.Where(y => y.Year != 2022), reported.Add);

        calendar.Coverage.Covers(D("2022-06-01")).ShouldBeFalse();
        calendar.IsWorkingDay(D("2022-10-03")).ShouldBeTrue();  // Mon; off in the real data, but 2022 is missing
        calendar.IsWorkingDay(D("2022-10-08")).ShouldBeFalse(); // Sat; make-up in the real data
        reported.ShouldBe([2022, 2022]);

        // 2022 without data is a plain Monday–Friday year: 260 weekdays (365 days = 52 weeks + one more Saturday)
        calendar.WorkingDaysBetween(D("2021-12-31"), D("2022-12-31")).ShouldBe(260);
        calendar.WorkingDaysBetween(D("2022-12-31"), D("2023-12-31")).ShouldBe(249);
    }

    [Fact]
    public void K_WD_1_holder_records_uncovered_years_and_forgets_them_once_loaded()
    {
        var logged = new List<int>();
        var holder = new CalendarHolder(logged.Add);

        holder.Coverage.LastYear.ShouldBe(2026);
        holder.IsWorkingDay(D("2027-01-04")).ShouldBeTrue();
        holder.AddWorkingDays(D("2027-01-04"), 1).ShouldBe(D("2027-01-05"));
        holder.UncoveredYearsTouched.ShouldBe([2027]);
        logged.ShouldBe([2027]); // logged the first time only

        holder.Replace([.. HolidayData.Shipped(), HolidayYear.Parse(Year2027)]);

        holder.IsWorkingDay(D("2027-01-04")).ShouldBeFalse();
        holder.Current.Coverage.LastYear.ShouldBe(2027);
        holder.UncoveredYearsTouched.ShouldBeEmpty();
        holder.Years.Count.ShouldBe(10);
        logged.ShouldBe([2027]);
    }

    [Fact]
    public void K_WD_1_holder_is_safe_under_concurrent_use_and_replacement()
    {
        var holder = new CalendarHolder();
        var shipped = HolidayData.Shipped();
        var with2027 = shipped.Append(HolidayYear.Parse(Year2027)).ToArray();

        Parallel.For(0, 2000, i =>
        {
            if (i % 100 == 0)
            {
                holder.Replace(i % 200 == 0 ? with2027 : shipped);
            }

            // README #1 holds whatever the 2027 data is.
            holder.AddWorkingDays(D("2018-09-21"), 20).ShouldBe(D("2018-10-25"));
            _ = holder.IsWorkingDay(D("2028-03-01"));
        });

        holder.UncoveredYearsTouched.ShouldBe([2028]);
    }
}

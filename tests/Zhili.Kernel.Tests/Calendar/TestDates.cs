using System.Globalization;
using Zhili.Kernel.Calendar;

namespace Zhili.Kernel.Tests.Calendar;

/// <summary>Shared helpers: ISO date literals and the calendar built from the shipped data.</summary>
internal static class TestDates
{
    /// <summary>The calendar over the nine shipped years, without a callback.</summary>
    public static readonly WorkingDayCalendar Shipped = new(HolidayData.Shipped());

    /// <summary>Parses yyyy-MM-dd.</summary>
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

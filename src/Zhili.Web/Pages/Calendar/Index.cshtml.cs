namespace Zhili.Web.Pages.Calendar;

/// <summary>A year of the working-day calendar, month by month, and a counter for "N working days after D" (K-WD-2).</summary>
[PublicEndpoint]
public sealed class IndexModel(CalendarHolder calendar, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? N { get; set; }

    public HolidayYear? Data { get; private set; }

    public IReadOnlyDictionary<DateOnly, HolidayDay> Listed { get; private set; } = new Dictionary<DateOnly, HolidayDay>();

    public int WorkingDays { get; private set; }

    public DateOnly? Answer { get; private set; }

    public string? Problem { get; private set; }

    public CalendarCoverage Coverage => calendar.Coverage;

    public IWorkingDayCalendar Calendar => calendar;

    public void OnGet()
    {
        var today = Civil.Today(clock);
        if (Year is < 2000 or > 2100)
        {
            Problem = $"年份 {Year} 不在可查看的范围（2000–2100）内，已显示今年";
            Year = null;
        }

        Year ??= today.Year;
        Data = calendar.Years.FirstOrDefault(y => y.Year == Year);
        Listed = Data?.Days.ToDictionary(d => d.Date) ?? [];
        WorkingDays = calendar.WorkingDaysBetween(new DateOnly(Year.Value - 1, 12, 31), new DateOnly(Year.Value, 12, 31));

        if (From is null && N is null)
        {
            return;
        }

        if (!DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            Problem = "起始日期应为 yyyy-MM-dd 格式";
        }
        else if (N is null or 0 || Math.Abs(N.Value) > 3650)
        {
            Problem = "工作日数应为 1 到 3650 之间的整数，负数表示向前数";
        }
        else
        {
            Answer = calendar.AddWorkingDays(from, N.Value);
        }
    }
}

namespace Zhili.Web.Pages;

[PublicEndpoint]
public sealed class IndexModel(
    IAdminUnits units, IWorkingDayCalendar calendar, TimeProvider clock, IEnumerable<NavItem> navigation, IEnumerable<PublicService> services) : PageModel
{
    /// <summary>The systems this reader may open, as the navigation offers them (only modules that exist register one).</summary>
    public IReadOnlyList<NavItem> Modules { get; private set; } = [];

    /// <summary>What citizens can do here, by module.</summary>
    public IReadOnlyList<PublicService> Services { get; private set; } = [];

    public int CountyLevelUnits { get; private set; }

    public int Departments { get; private set; }

    public int Streets { get; private set; }

    public DateOnly Today { get; private set; }

    public bool TodayIsWorkingDay { get; private set; }

    public DateOnly FiveWorkingDaysLater { get; private set; }

    public CalendarCoverage Coverage => calendar.Coverage;

    public void OnGet()
    {
        Modules = navigation.Where(n => n.Roles is null || n.Roles.Any(User.IsInRole)).OrderBy(n => n.Order).ToList();
        Services = services.OrderBy(s => s.Order).ToList();
        CountyLevelUnits = units.All.Count(u => u.Kind.IsCountyLevel());
        Departments = units.All.Count(u => u.Kind == UnitKind.Department);
        Streets = units.All.Count(u => u.Kind.IsStreetLevel());
        Today = Civil.Today(clock);
        TodayIsWorkingDay = calendar.IsWorkingDay(Today);
        FiveWorkingDaysLater = calendar.AddWorkingDays(Today, 5);
    }
}

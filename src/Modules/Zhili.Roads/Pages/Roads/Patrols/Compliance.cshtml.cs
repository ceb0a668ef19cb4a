namespace Zhili.Roads.Pages.Roads.Patrols;

/// <summary>R-PATROL: each chief's patrols against the duty for a month, with the missing dates; the city sees every district.</summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class ComplianceModel(ComplianceQueries compliance, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    public ComplianceReport Report { get; private set; } = null!;

    public string? Error { get; private set; }

    public IEnumerable<AdminUnit> Districts => SegmentPlaces.Districts(units).Where(d => DataScope.Current.Covers(d.Code));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var district = District is { Length: <= 20 } ? District : null;
        if (Month is not null && !ComplianceQueries.IsMonth(Month))
        {
            // A month typed by hand: say what is wrong and show this month.
            Error = ComplianceQueries.MonthFormat;
            Month = null;
        }

        Report = await compliance.MonthAsync(Month, district, ct);
        Month = Report.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}

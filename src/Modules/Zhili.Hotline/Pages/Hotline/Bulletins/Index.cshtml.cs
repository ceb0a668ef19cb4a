namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>H-BUL: choose a period and a date; the bulletin in the reader's data scope, with charts, workbook and print.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class IndexModel(BulletinService bulletins) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public BulletinPeriod Period { get; set; } = BulletinPeriod.Month;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public DateOnly Day { get; private set; }

    public PeriodBulletin? Bulletin { get; private set; }

    public DailyBulletin? Daily { get; private set; }

    public string Scope { get; private set; } = "";

    /// <summary>The API path of this bulletin (the page links its workbook and charts there).</summary>
    public string ApiPath => Period == BulletinPeriod.Day ? "/api/v1/hotline/bulletins/daily"
        : $"/api/v1/hotline/bulletins/{Period.ToString().ToLowerInvariant()}";

    public string Iso => Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(Period))
        {
            Period = BulletinPeriod.Month;
        }

        Day = Date is { Year: >= 2018 and <= 2100 } d ? d : bulletins.Today;
        Scope = bulletins.ScopeName();
        if (Period == BulletinPeriod.Day)
        {
            Daily = await bulletins.DailyAsync(Day, new PageRequest(pageNumber, PageRequest.DefaultSize), ct);
        }
        else
        {
            Bulletin = await bulletins.PeriodAsync(Period, Day, ct);
        }
    }
}

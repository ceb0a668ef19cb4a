namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-PUB for staff: every quarterly edition with its counts, the county listings still awaiting the city bureau's
/// acknowledgement, and (city bureau only) the action that publishes a quarter's edition as a frozen snapshot.
/// </summary>
[Authorize(Policy = Roles.StaffPolicy)]
public sealed class EditionsModel(EditionService editions, WageArrearsDbContext db, Deadlines deadlines) : PageModel, IFormPage
{
    public sealed record Row(Edition Edition, int Listings, int Removals);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Unacknowledged { get; private set; }

    public bool IsCityBureau => User.IsCityBureau();

    /// <summary>The last quarter that has ended: the one to publish next.</summary>
    public (int Year, int Quarter) Suggested { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPublishAsync(PublishForm form, CancellationToken ct)
    {
        if (!IsCityBureau)
        {
            return Forbid();
        }

        await editions.FreezeAsync(form.Year, form.Quarter, ct);
        return RedirectToPage();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var counts = await db.Set<EditionRow>().GroupBy(r => new { r.EditionId, r.Kind })
            .Select(g => new { g.Key.EditionId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        Rows = (await editions.ListAsync(ct)).Select(e => new Row(e,
            counts.Where(c => c.EditionId == e.Id && c.Kind == EditionEntryKind.Listing).Sum(c => c.Count),
            counts.Where(c => c.EditionId == e.Id && c.Kind == EditionEntryKind.Removal).Sum(c => c.Count))).ToList();
        var acknowledged = db.Acknowledgements.Select(a => a.CaseId);
        // Past the data scope for the city bureau, which acknowledges every county's listing (B-PUB).
        Unacknowledged = await (IsCityBureau ? db.Cases.IgnoreQueryFilters() : db.Cases)
            .CountAsync(c => c.ListedOn != null && !c.UnitCode.EndsWith("-RSJ") && !acknowledged.Contains(c.Id), ct);
        var last = deadlines.Today.AddMonths(-3);
        Suggested = (last.Year, ((last.Month - 1) / 3) + 1);
        return true;
    }
}

/// <summary>The quarter the city bureau publishes (B-PUB).</summary>
public sealed class PublishForm : IForm<FreezeRequest>
{
    public int Year { get; set; }

    public int Quarter { get; set; }

    public FreezeRequest ToCommand() => new(Year, Quarter);
}

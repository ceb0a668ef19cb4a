namespace Zhili.Identity.Pages.Inbox;

/// <summary>My notices and my unit's, newest first; opening one marks it read and follows its link.</summary>
[Authorize]
public sealed class IndexModel(InboxService inbox, IdentityDbContext db) : PageModel
{
    public IReadOnlyList<InboxDto> Items { get; private set; } = [];

    public PagerModel Pager { get; private set; } = new(1, 1, 0);

    private string Me => User.Identity!.Name!;

    private string MyUnit => User.FindFirstValue(ZhiliClaims.Unit) ?? "";

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        var r = new PageRequest(pageNumber, 30).Normalized();
        var query = inbox.For(Me, MyUnit).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id);
        var me = Me;
        var rows = await query.Skip((r.Page - 1) * r.PageSize).Take(r.PageSize)
            .Select(i => new { Item = i, Read = db.InboxReads.Any(x => x.ItemId == i.Id && x.UserName == me) }).ToListAsync(ct);
        Items = rows.Select(x => InboxDto.From(x.Item, x.Read)).ToList();
        var total = await query.CountAsync(ct);
        Pager = new PagerModel(r.Page, Math.Max(1, (total + r.PageSize - 1) / r.PageSize), total);
    }

    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var item = await inbox.For(Me, MyUnit).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        await inbox.MarkReadAsync(id, Me, ct);
        return LocalRedirect(item.Link is { Length: > 0 } link && Url.IsLocalUrl(link) ? link : "/inbox");
    }
}

namespace Zhili.Identity.Pages.Admin.Users;

/// <summary>Accounts in the administrator's data scope (the query filter limits them; no check here).</summary>
public sealed class IndexModel(IdentityDbContext db) : PageModel
{
    private static readonly Sorting<ZhiliUser> Sorting = new Sorting<ZhiliUser>("userName")
        .By("userName", u => u.UserName).By("name", u => u.DisplayName).By("unit", u => u.UnitCode);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Page<UserDto> Result { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(u => u.UserName!.Contains(Q) || u.DisplayName.Contains(Q) || u.UnitCode.StartsWith(Q));
        }

        var found = await Sorting.PageAsync(query, new PageRequest(pageNumber, 50, sort), ct);
        var roles = await IdentityEndpoints.RolesAsync(db, found.Items.Select(u => u.Id).ToList(), ct);
        Result = found.Map(u => UserDto.From(u, roles));
    }
}

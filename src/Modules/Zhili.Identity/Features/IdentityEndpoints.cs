using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Identity.Features;

public static class IdentityEndpoints
{
    public static void MapIdentityEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", Me).WithTags("Identity 账户").WithName("Me").WithSummary("The signed-in person: name, unit, roles")
            .RequireAuthorization();

        var users = api.MapGroup("/users").WithTags("Identity 账户").RequireAuthorization(Policies.Administrator);
        users.MapGet("/", ListUsers).WithName("ListUsers").WithSummary("Accounts in the administrator's data scope, searched, sorted and paged");
        users.MapGet("/{userName}", GetUser).WithName("GetUser").WithSummary("One account; 404 outside the data scope");

        var inbox = api.MapGroup("/inbox").WithTags("Inbox 消息").RequireAuthorization();
        inbox.MapGet("/", ListInbox).WithName("ListInbox").WithSummary("My notices and my unit's, newest first, with unread counts");
        inbox.MapGet("/{id:long}", GetInboxItem).WithName("GetInboxItem").WithSummary("One notice; 404 when it is not mine or my unit's");
        inbox.MapPost("/{id:long}/read", MarkRead).WithName("MarkInboxRead").WithSummary("Mark a notice read (for me)");
    }

    private static Ok<MeDto> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
        user.Identity!.Name!, user.FindFirstValue(ZhiliClaims.DisplayName), user.FindFirstValue(ZhiliClaims.Unit),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));

    private static readonly Sorting<ZhiliUser> UserSorting = new Sorting<ZhiliUser>("userName")
        .By("userName", u => u.UserName).By("name", u => u.DisplayName).By("unit", u => u.UnitCode);

    private static async Task<Ok<Page<UserDto>>> ListUsers(IdentityDbContext db, CancellationToken ct,
        string? q = null, string? unit = null, int page = 1, int pageSize = PageRequest.DefaultSize, string? sort = null)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(unit))
        {
            query = query.Where(u => u.UnitCode == unit);
        }

        var found = await UserSorting.PageAsync(query, new PageRequest(page, pageSize, sort), ct);
        var roles = await RolesAsync(db, found.Items.Select(u => u.Id).ToList(), ct);
        return TypedResults.Ok(found.Map(u => UserDto.From(u, roles)));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> GetUser(string userName, IdentityDbContext db, CancellationToken ct)
    {
        // The data scope's query filter hides other units' accounts: they are "not found", never "forbidden".
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            return Problems.NotFound($"没有用户 {userName} (no such user)");
        }

        return TypedResults.Ok(UserDto.From(user, await RolesAsync(db, [user.Id], ct)));
    }

    internal static async Task<ILookup<string, string>> RolesAsync(IdentityDbContext db, List<string> userIds, CancellationToken ct) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where userIds.Contains(ur.UserId)
                select new { ur.UserId, r.Name }).ToListAsync(ct))
        .ToLookup(x => x.UserId, x => x.Name!);

    private static async Task<Ok<InboxPage>> ListInbox(InboxService inbox, IdentityDbContext db, ClaimsPrincipal user, CancellationToken ct,
        int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        var (name, unit) = (user.Identity!.Name!, user.FindFirstValue(ZhiliClaims.Unit) ?? "");
        var r = new PageRequest(page, pageSize).Normalized();
        var query = inbox.For(name, unit).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id);
        var items = await query.Skip((r.Page - 1) * r.PageSize).Take(r.PageSize)
            .Select(i => new { Item = i, Read = db.InboxReads.Any(x => x.ItemId == i.Id && x.UserName == name) }).ToListAsync(ct);
        return TypedResults.Ok(new InboxPage(
            items.Select(x => InboxDto.From(x.Item, x.Read)).ToList(), await query.CountAsync(ct), await inbox.UnreadCountAsync(name, unit, ct)));
    }

    private static async Task<Results<Ok<InboxDto>, ProblemHttpResult>> GetInboxItem(long id, InboxService inbox, ClaimsPrincipal user, CancellationToken ct)
    {
        var name = user.Identity!.Name!;
        var item = await inbox.For(name, user.FindFirstValue(ZhiliClaims.Unit) ?? "").SingleOrDefaultAsync(i => i.Id == id, ct);
        return item is null
            ? Problems.NotFound($"没有编号为 {id} 的消息 (no such notice)")
            : TypedResults.Ok(InboxDto.From(item, await inbox.IsReadAsync(id, name, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(long id, InboxService inbox, ClaimsPrincipal user, CancellationToken ct)
    {
        var name = user.Identity!.Name!;
        if (!await inbox.For(name, user.FindFirstValue(ZhiliClaims.Unit) ?? "").AnyAsync(i => i.Id == id, ct))
        {
            return Problems.NotFound($"没有编号为 {id} 的消息 (no such notice)");
        }

        await inbox.MarkReadAsync(id, name, ct);
        return TypedResults.NoContent();
    }
}

public sealed record MeDto(string UserName, string? DisplayName, string? UnitCode, IReadOnlyList<string> Roles);

/// <param name="LockedOutUntil">When an administrator's stop ends; null or past when not stopped (failed sign-ins lock an account only from one address, not here).</param>
public sealed record UserDto(string UserName, string DisplayName, string UnitCode, IReadOnlyList<string> Roles, DateTime? LockedOutUntil, DateTime? LastSignInAt)
{
    public static UserDto From(ZhiliUser u, ILookup<string, string> roles) =>
        new(u.UserName!, u.DisplayName, u.UnitCode, roles[u.Id].Order().ToList(), u.LockoutEnd?.UtcDateTime, u.LastSignInAt);
}

public sealed record InboxDto(long Id, string Kind, string Title, string? Body, string? Link, string? Rule, string UnitCode, string? UserName, DateTime CreatedAt, bool Read)
{
    public static InboxDto From(InboxItem i, bool read) => new(i.Id, i.Kind, i.Title, i.Body, i.Link, i.Rule, i.UnitCode, i.UserName, i.CreatedAt, read);
}

public sealed record InboxPage(IReadOnlyList<InboxDto> Items, int Total, int Unread);

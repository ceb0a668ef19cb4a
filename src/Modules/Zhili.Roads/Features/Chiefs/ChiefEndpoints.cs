namespace Zhili.Roads.Features.Chiefs;

public sealed record ChiefListQuery(string? District, ChiefLevel? Level, int? Page, int? PageSize, string? Sort);

/// <summary>Staff API of the road chiefs (R-CHIEF): a district appoints its own; a change of holder keeps the old term.</summary>
public static class ChiefEndpoints
{
    public static void MapChiefEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/chiefs").WithTags("Road chiefs 路长");
        g.MapGet("", List).RequireAuthorization(Roles.ReadPolicy).WithName("ListRoadChiefs")
            .WithSummary("Road chief offices of the reader's scope with their current holders (R-CHIEF)");
        g.MapGet("/{id:int}", Get).RequireAuthorization(Roles.ReadPolicy).WithName("GetRoadChief")
            .WithSummary("A road chief office with every holder, from when to when (R-CHIEF)");
        g.MapPost("", Appoint).RequireAuthorization(Roles.ManagePolicy).WithName("AppointRoadChief")
            .WithSummary("Appoint a holder from a day: the current term ends the day before, never overwritten (R-CHIEF)");
    }

    private static async Task<Ok<Page<ChiefDto>>> List([AsParameters] ChiefListQuery q, ChiefQueries queries, CancellationToken ct)
    {
        var page = await queries.ListAsync(q.District, q.Level, new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize, q.Sort), ct);
        var items = new List<ChiefDto>();
        foreach (var c in page.Items)
        {
            items.Add(await queries.DtoAsync(c, ct));
        }

        return TypedResults.Ok(new Page<ChiefDto>(items, page.PageNumber, page.PageSize, page.Total, page.Sort));
    }

    private static async Task<Ok<ChiefDto>> Get(int id, ChiefService chiefs, ChiefQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DtoAsync(await chiefs.GetAsync(id, ct), ct));

    private static async Task<Ok<ChiefDto>> Appoint(AppointRequest request, ClaimsPrincipal user, ChiefService chiefs, ChiefQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DtoAsync(await chiefs.AppointAsync(request, user.Name(), ct), ct));
}

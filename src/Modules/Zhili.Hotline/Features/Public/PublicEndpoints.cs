using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Public;

public sealed record Submitted(string TrackingNumber, string StatusUrl);

/// <summary>Citizen surfaces: the category tree, submitting an appeal, and the status lookup by tracking number (K-MASK).</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/categories", async (AppealQueries q, CancellationToken ct) => TypedResults.Ok(await q.CategoriesAsync(ct)))
            .PublicSurface().WithTags("Hotline public 12345公众").WithName("ListAppealCategories")
            .WithSummary("The three-level appeal category tree (6-digit codes, GB/T 39666-2020 shape)");
        var g = api.MapGroup("/public/appeals").WithTags("Hotline public 12345公众");
        g.MapPost("", Submit).PublicSurface().WithName("SubmitAppeal").WithSummary("A citizen submits an appeal and gets a tracking number (H-FLOW)");
        g.MapGet("/{trackingNumber}", Status).PublicSurface().WithName("AppealStatus")
            .WithSummary("The status of an appeal by tracking number; caller masked, no internal notes (K-MASK)");
    }

    private static async Task<Results<Created<Submitted>, ProblemHttpResult>> Submit(PublicAppealRequest r, AppealService s, CancellationToken ct)
    {
        var a = await s.ReceiveAsync(r.ToIntake(), ct);
        var url = $"/api/v1/hotline/public/appeals/{a.TrackingNumber}";
        return TypedResults.Created(url, new Submitted(a.TrackingNumber, $"/hotline/status?number={a.TrackingNumber}"));
    }

    private static async Task<Results<Ok<PublicStatus>, ProblemHttpResult>> Status(
        string trackingNumber, AppealService s, AppealQueries q, IAdminUnits units, CancellationToken ct) =>
        await LookupAsync(trackingNumber, s, q, units, ct) is { } status ? TypedResults.Ok(status) : Problems.NotFound("查无此受理编号");

    internal static async Task<PublicStatus?> LookupAsync(string number, AppealService s, AppealQueries q, IAdminUnits units, CancellationToken ct)
    {
        if (number.Length > 20 || await s.FindByTrackingNumberAsync(number.Trim().ToUpperInvariant(), ct) is not { } a)
        {
            return null;
        }

        var unit = a.State == AppealState.Received ? null : units.Find(a.UnitCode)?.Name;
        return PublicStatus.Of(a, await q.CategoryPathAsync(a.CategoryCode, ct), unit);
    }
}

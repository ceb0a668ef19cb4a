using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Units;

/// <summary>The unit picker's list for scripts and partner front ends: the same choices the pages offer (H-FLOW).</summary>
public static class UnitChoiceEndpoints
{
    public static void MapUnitChoices(this IEndpointRouteBuilder api) =>
        api.MapGet("/units/assignable", (string? q, ClaimsPrincipal user, UnitChoices choices) =>
                TypedResults.Ok(choices.Find(user, q is { Length: > 50 } ? q[..50] : q)))
            .RequireAuthorization(HotlineRoles.StaffPolicy).WithTags("Hotline appeals 12345诉求").WithName("ListAssignableUnits")
            .WithSummary("The units the caller may assign an appeal to, filtered by name or code (H-FLOW)");
}

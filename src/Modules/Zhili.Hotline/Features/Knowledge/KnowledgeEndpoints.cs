using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Knowledge;

/// <summary>The knowledge base: staff search and read it, the office writes it (H-FLOW).</summary>
public static class KnowledgeEndpoints
{
    public static void MapKnowledgeEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/knowledge").WithTags("Hotline knowledge base 知识库");
        g.MapGet("", async (string? q, string? categoryCode, bool? includeInactive, KnowledgeBase kb, CancellationToken ct) =>
                TypedResults.Ok((await kb.SearchAsync(new KnowledgeQuery(q, categoryCode, includeInactive == true), ct)).Select(KnowledgeDto.Of).ToList()))
            .RequireAuthorization(HotlineRoles.StaffPolicy).WithName("SearchKnowledge")
            .WithSummary("Search answers by words in title or keywords, and by category; active answers unless includeInactive");
        g.MapGet("/{id:long}", Get).RequireAuthorization(HotlineRoles.StaffPolicy).WithName("GetKnowledgeAnswer").WithSummary("One answer");
        g.MapPost("", Add).RequireAuthorization(HotlineRoles.OfficePolicy).WithName("AddKnowledgeAnswer").WithSummary("Add an answer (office)");
        g.MapPut("/{id:long}", Edit).RequireAuthorization(HotlineRoles.OfficePolicy).WithName("EditKnowledgeAnswer")
            .WithSummary("Change an answer, or deactivate it (answers are never deleted: appeals cite them)");
    }

    private static async Task<Results<Ok<KnowledgeDto>, ProblemHttpResult>> Get(long id, KnowledgeBase kb, CancellationToken ct) =>
        await kb.FindAsync(id, ct) is { } k ? TypedResults.Ok(KnowledgeDto.Of(k)) : NotFound(id);

    private static Task<Results<Created<KnowledgeDto>, ProblemHttpResult>> Add(KnowledgeRequest r, KnowledgeBase kb, CancellationToken ct) =>
        Apply(async () =>
        {
            var k = await kb.AddAsync(r.ToDraft(), ct);
            return TypedResults.Created($"/api/v1/hotline/knowledge/{k.Id}", KnowledgeDto.Of(k));
        });

    private static async Task<Results<Ok<KnowledgeDto>, ProblemHttpResult>> Edit(long id, KnowledgeRequest r, KnowledgeBase kb, CancellationToken ct)
    {
        if (await kb.FindAsync(id, ct) is not { } answer)
        {
            return NotFound(id);
        }

        return await Apply(async () => TypedResults.Ok(KnowledgeDto.Of(await kb.EditAsync(answer, r.ToDraft(), ct))));
    }

    private static async Task<Results<T, ProblemHttpResult>> Apply<T>(Func<Task<T>> change)
        where T : IResult
    {
        return await change();
    }

    private static ProblemHttpResult NotFound(long id) => Problems.NotFound($"知识库答复 {id} 不存在");
}

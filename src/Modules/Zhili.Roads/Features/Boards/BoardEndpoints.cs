using Microsoft.Extensions.Options;

namespace Zhili.Roads.Features.Boards;

/// <summary>R-BOARD: a segment's public board as JSON, for anyone (the page <c>/roads/{segmentCode}</c> shows the same).</summary>
public static class BoardEndpoints
{
    public static void MapBoardEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/segments/{segmentCode}", Get).PublicSurface().WithTags("Road boards 道路管理责任公示牌").WithName("GetRoadBoard")
            .WithSummary("A segment's public responsibility board: its chiefs' names, posts, duties and office lines (R-BOARD)");
    }

    private static async Task<Results<Ok<BoardDto>, ProblemHttpResult>> Get(
        string segmentCode, BoardQueries boards, IOptions<RoadsOptions> options, HttpRequest request, CancellationToken ct)
    {
        if (!RoadCodes.IsValid(RoadCodes.Normalize(segmentCode)))
        {
            return Problems.NotFound($"路段 {segmentCode} 不存在");
        }

        var url = BoardQr.Url(request, options.Value.PublicBaseUrl, RoadCodes.Normalize(segmentCode));
        return await boards.FindAsync(segmentCode, url, ct) is { } board ? TypedResults.Ok(board) : Problems.NotFound($"路段 {segmentCode} 不存在");
    }
}

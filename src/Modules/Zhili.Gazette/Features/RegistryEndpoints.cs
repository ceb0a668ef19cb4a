using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Gazette.Features;

public sealed record MemberDto(string Group, string Role, string Name, string Post, string Organisation, int DocumentId);

public sealed record CoalMineDto(int Seq, string Name, string Nature, string Address, int CapacityWanTonnes);

public sealed record CoalMineList(IReadOnlyList<CoalMineDto> Mines, int TotalWanTonnes);

public sealed record CommendationDto(string List, string Kind, string Name, int DocumentId);

/// <summary>G-GROUP and G-LIST registries as JSON and as .xlsx (public: the gazette prints them).</summary>
public static class RegistryEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapRegistryEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("").WithTags("Gazette registries 公报名录");
        g.MapGet("/groups", Members).WithName("ListGazetteGroupMembers")
            .WithSummary("Members of leading groups and joint meetings: name, post, organisation, role (G-GROUP)").PublicSurface();
        g.MapGet("/commendations", Commendations).WithName("ListGazetteCommendations")
            .WithSummary("Commended units and persons (G-LIST)").PublicSurface();
        g.MapGet("/coal-mines", CoalMines).WithName("ListGazetteCoalMines")
            .WithSummary("The 2018 coal-mine closure list with its total capacity, 万吨/年 (G-LIST)").PublicSurface();
        g.MapGet("/{registry:regex(^(groups|commendations|coal-mines)$)}.xlsx", Export).WithName("ExportGazetteRegistry")
            .WithSummary("A registry as an .xlsx workbook (G-GROUP, G-LIST)").PublicSurface();
    }

    private static async Task<Ok<List<MemberDto>>> Members(GazetteQueries q, CancellationToken ct) =>
        TypedResults.Ok((await q.MembersAsync(ct)).Select(m => new MemberDto(m.GroupName, m.Role, m.Name, m.Post, m.Organisation, m.DocumentId)).ToList());

    private static async Task<Ok<List<CommendationDto>>> Commendations(GazetteQueries q, CancellationToken ct) =>
        TypedResults.Ok((await q.CommendationsAsync(ct)).Select(c => new CommendationDto(c.ListName, c.Kind, c.Name, c.DocumentId)).ToList());

    private static async Task<Ok<CoalMineList>> CoalMines(GazetteQueries q, CancellationToken ct)
    {
        var mines = (await q.CoalMinesAsync(ct)).Select(m => new CoalMineDto(m.Seq, m.Name, m.Nature, m.Address, m.CapacityWanTonnes)).ToList();
        return TypedResults.Ok(new CoalMineList(mines, mines.Sum(m => m.CapacityWanTonnes)));
    }

    private static async Task<FileContentHttpResult> Export(string registry, GazetteQueries q, CancellationToken ct)
    {
        IEnumerable<object> rows = registry switch
        {
            "groups" => (await q.MembersAsync(ct)).Select(m => new { 机构 = m.GroupName, 职务 = m.Role, 姓名 = m.Name, 现任职务 = m.Post, 单位 = m.Organisation }),
            "commendations" => (await q.CommendationsAsync(ct)).Select(c => new { 名单 = c.ListName, 类别 = c.Kind, 名称 = c.Name }),
            _ => (await q.CoalMinesAsync(ct)).Select(m => new { 序号 = m.Seq, 煤矿名称 = m.Name, 煤矿性质 = m.Nature, 煤矿地址 = m.Address, 能力万吨每年 = m.CapacityWanTonnes }),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.ToList(), cancellationToken: ct);
        return TypedResults.File(stream.ToArray(), Xlsx, $"gazette-{registry}.xlsx");
    }
}

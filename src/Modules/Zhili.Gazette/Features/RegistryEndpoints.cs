using Microsoft.AspNetCore.Http.HttpResults;
using Zhili.BuildingBlocks.Documents;

namespace Zhili.Gazette.Features;

public sealed record MemberDto(string Group, string Role, string Name, string Post, string Organisation, int DocumentId);

public sealed record CoalMineDto(int Seq, string Name, string Nature, string Address, int CapacityWanTonnes);

public sealed record CoalMineList(IReadOnlyList<CoalMineDto> Mines, int TotalWanTonnes);

public sealed record CommendationDto(string List, string Kind, string Name, int DocumentId);

/// <summary>G-GROUP and G-LIST registries as JSON and as .xlsx (public: the gazette prints them).</summary>
public static class RegistryEndpoints
{
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
        Sheet sheet = registry switch
        {
            "groups" => new Sheet<GroupMember>("领导小组与联席会议", await q.MembersAsync(ct),
                [new("机构", m => m.GroupName), new("职务", m => m.Role), new("姓名", m => m.Name), new("现任职务", m => m.Post), new("单位", m => m.Organisation)]),
            "commendations" => new Sheet<Commendation>("表彰名单", await q.CommendationsAsync(ct),
                [new("名单", c => c.ListName), new("类别", c => c.Kind), new("名称", c => c.Name)]),
            _ => new Sheet<CoalMine>("关闭退出煤矿", await q.CoalMinesAsync(ct),
            [
                new("序号", m => m.Seq, ColumnFormat.Count), new("煤矿名称", m => m.Name), new("煤矿性质", m => m.Nature),
                new("煤矿地址", m => m.Address), new("能力（万吨/年）", m => m.CapacityWanTonnes, ColumnFormat.Count),
            ]),
        };
        return TypedResults.File(Workbook.Bytes(sheet), Workbook.ContentType, $"gazette-{registry}.xlsx");
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhili.BuildingBlocks.Paging;

namespace Zhili.Kernel.Features.Units;

public static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Directory 单位目录");

        // The directory is public knowledge (names and codes of government units): no personal data.
        units.MapGet("/", List).WithName("ListUnits").WithSummary("List, search and page the administrative units and departments (K-UNITS)")
            .PublicSurface();
        units.MapGet("/{code}", Get).WithName("GetUnit").WithSummary("One unit with its parent, block and the units under it")
            .PublicSurface();
        units.MapPost("/", Add).WithName("AddUnit").WithSummary("Add a street or township under a county-level unit (administrators)")
            .RequireAuthorization(Policies.Administrator);

        api.MapGet("/blocks", Blocks).WithTags("Directory 单位目录").WithName("ListBlocks")
            .WithSummary("The three ranking blocks and their county-level units (K-BLOCKS)")
            .PublicSurface();
    }

    private static async Task<Ok<Page<UnitDto>>> List(
        KernelDbContext db, IAdminUnits directory, CancellationToken ct,
        string? q = null, UnitKind? kind = null, string? parent = null, string? block = null,
        int page = 1, int pageSize = PageRequest.DefaultSize, string? sort = null)
    {
        var result = await new UnitQuery(q, kind, parent, block).RunAsync(db, new PageRequest(page, pageSize, sort), ct);
        return TypedResults.Ok(result.Map(u => UnitDto.From(u, directory)));
    }

    private static Results<Ok<UnitDetailDto>, ProblemHttpResult> Get(string code, IAdminUnits directory)
    {
        var unit = directory.Find(code);
        if (unit is null)
        {
            return Problems.NotFound($"没有代码为 {code} 的单位 (no unit has code {code})");
        }

        var under = directory.Under(code).Where(u => u.ParentCode == code).Select(u => UnitDto.From(u, directory)).ToList();
        return TypedResults.Ok(new UnitDetailDto(UnitDto.From(unit, directory), under));
    }

    private static async Task<Created<UnitDto>> Add(NewUnit request, DirectoryStore store, IAdminUnits directory, ClaimsPrincipal user, CancellationToken ct)
    {
        var unit = await store.AddAsync(request, user.Identity?.Name, ct);
        return TypedResults.Created($"/api/v1/kernel/units/{unit.Code}", UnitDto.From(unit, directory));
    }

    private static Ok<List<BlockDto>> Blocks(IAdminUnits directory) => TypedResults.Ok(
        Block.All.Select(b => new BlockDto(b.Code, b.Name, b.NameEn,
            directory.All.Where(u => u.BlockCode == b.Code).Select(u => new BlockMember(u.Code, u.Name)).ToList())).ToList());
}

public sealed record UnitDetailDto(UnitDto Unit, IReadOnlyList<UnitDto> Children);

public sealed record BlockDto(string Code, string Name, string NameEn, IReadOnlyList<BlockMember> Units);

public sealed record BlockMember(string Code, string Name);

using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.Editions;

public sealed record FreezeRequest(int Year, int Quarter);

public sealed class FreezeValidator : AbstractValidator<FreezeRequest>
{
    public FreezeValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(2018, 2100).WithMessage("请填写正确的年度").Rule("B-PUB");
        RuleFor(r => r.Quarter).InclusiveBetween(1, 4).WithMessage("季度应为 1–4").Rule("B-PUB");
    }
}

public sealed record EditionSummary(int Year, int Quarter, string Label, DateTime FrozenAt);

/// <summary>
/// B-PUB: exactly the published fields (L2933–2950), persons already masked when frozen; a natural person listed as a
/// subcontractor has a masked identity number in place of the credit code (K-MASK).
/// </summary>
public sealed record EditionRowDto(EditionEntryKind Kind, string EmployerName, string LegalRepresentative, string OtherResponsiblePersons,
    string? CreditCode, string? IdNumber, DateOnly ListedOn, string Grounds, string Redress, string DecidingAuthority, DateOnly? RemovedOn)
{
    public static EditionRowDto From(EditionRow r) => new(r.Kind, r.EmployerName, r.LegalRepresentative, r.OtherResponsiblePersons,
        r.CreditCode, r.IdNumber, r.ListedOn, r.Grounds, r.Redress, r.DecidingAuthority, r.RemovedOn);
}

public sealed record EditionDto(EditionSummary Edition, IReadOnlyList<EditionRowDto> Rows);

/// <summary>B-PUB quarterly editions: frozen by the city bureau, read and exported by anyone.</summary>
public static class EditionEndpoints
{
    public static void MapEditionEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/editions").WithTags("Blacklist editions 季度公布");
        g.MapPost("", Freeze).WithName("FreezeBlacklistEdition").RequireAuthorization(Roles.StaffPolicy)
            .WithSummary("Publish a quarter's edition as a frozen snapshot (city bureau; B-PUB)");
        g.MapGet("", List).WithName("ListBlacklistEditions").WithSummary("Every published edition (B-PUB)").PublicSurface();
        g.MapGet("/{year:int}/{quarter:int:range(1,4)}", Read).WithName("GetBlacklistEdition")
            .WithSummary("One edition, optionally searched by employer name or credit code (B-PUB)").PublicSurface();
        g.MapGet("/{year:int}/{quarter:int:range(1,4)}.xlsx", Export).WithName("ExportBlacklistEdition")
            .WithSummary("One edition as an .xlsx workbook (B-PUB)").PublicSurface();
    }

    internal static EditionSummary Summary(Edition e) => new(e.Year, e.Quarter, e.Label, e.FrozenAt);

    private static async Task<Results<Created<EditionDto>, ProblemHttpResult, ForbidHttpResult>> Freeze(FreezeRequest r, ClaimsPrincipal user, EditionService editions, CancellationToken ct)
    {
        if (!user.IsCityBureau())
        {
            return TypedResults.Forbid();
        }

        var e = await editions.FreezeAsync(r.Year, r.Quarter, ct);
        return TypedResults.Created($"/api/v1/blacklist/editions/{e.Year}/{e.Quarter}",
            new EditionDto(Summary(e), e.Rows.Select(EditionRowDto.From).ToList()));
    }

    private static async Task<Ok<List<EditionSummary>>> List(EditionService editions, CancellationToken ct) =>
        TypedResults.Ok((await editions.ListAsync(ct)).Select(Summary).ToList());

    private static async Task<Results<Ok<EditionDto>, ProblemHttpResult>> Read(int year, int quarter, string? q, EditionService editions, CancellationToken ct) =>
        await editions.ReadAsync(year, quarter, q, ct) is { } found
            ? TypedResults.Ok(new EditionDto(Summary(found.Edition), found.Rows.Select(EditionRowDto.From).ToList()))
            : Problems.NotFound($"{year}年第{quarter}季度名单尚未公布");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(int year, int quarter, EditionService editions, CancellationToken ct)
    {
        if (await editions.ReadAsync(year, quarter, null, ct) is not { } found)
        {
            return Problems.NotFound($"{year}年第{quarter}季度名单尚未公布");
        }

        var file = Workbook.Bytes(new Sheet<EditionRow>($"{year}年第{quarter}季度", found.Rows,
        [
            new("类别", r => r.Kind == EditionEntryKind.Listing ? "列入" : "移出"),
            new("用人单位名称", r => r.EmployerName),
            new("法定代表人", r => r.LegalRepresentative),
            new("其他责任人", r => r.OtherResponsiblePersons),
            new("统一社会信用代码", r => r.CreditCode ?? ""),
            new("身份证号码（自然人，已隐去部分）", r => r.IdNumber ?? ""),
            new("列入日期", r => r.ListedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("列入事由", r => r.Grounds),
            new("权利救济期限和途径", r => r.Redress),
            new("作出决定机关", r => r.DecidingAuthority),
            new("移出日期", r => r.RemovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        ]));
        return TypedResults.File(file, Workbook.ContentType, $"blacklist-{year}-q{quarter}.xlsx");
    }
}

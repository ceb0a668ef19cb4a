using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Categories;

/// <summary>A category with everything the office sets on it (H-FLOW, H-SLA).</summary>
public sealed record CategoryDetail(
    string Code, string Name, int Level, string? ParentCode, string? DefaultUnitCode, AppealType? DefaultType, DateTime? RetiredAt,
    IReadOnlyList<SlaDays> Sla)
{
    public static CategoryDetail Of(Category c) => new(c.Code, c.Name, c.Level, c.ParentCode, c.DefaultUnitCode, c.DefaultType, c.RetiredAt,
        c.Sla.OrderBy(s => s.Type).Select(s => new SlaDays(s.Type, s.WorkingDays)).ToList());
}

/// <summary>The office's editing of the category tree; the public tree stays at GET /categories (H-FLOW, H-SLA).</summary>
public static class CategoryEndpoints
{
    private const string Code = "/{code:regex(^[0-9]{{6}}$)}";

    public static void MapCategoryEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/categories").WithTags("Hotline categories 诉求分类");
        g.MapGet("/details", async (CategoryService s, CancellationToken ct) => TypedResults.Ok((await s.TreeAsync(ct)).Select(CategoryDetail.Of).ToList()))
            .RequireAuthorization(HotlineRoles.StaffPolicy).WithName("ListCategoryDetails")
            .WithSummary("Every category, retired ones too, with default units and SLA overrides (H-FLOW, H-SLA)");
        g.MapGet(Code, Get).RequireAuthorization(HotlineRoles.StaffPolicy).WithName("GetCategory")
            .WithSummary("One category with its default unit and SLA overrides");
        g.MapPost("", Add).RequireAuthorization(HotlineRoles.OfficePolicy).WithName("AddCategory")
            .WithSummary("Add a category; its 6-digit code fixes level and parent (GB/T 39666-2020 shape) (H-FLOW)");
        g.MapPut(Code, (string code, EditCategoryRequest r, CategoryService s, CancellationToken ct) =>
            Change(code, s, c => s.EditAsync(c, r.ToDraft(), ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("EditCategory").WithSummary("Rename a category, set its default unit, type and SLA overrides (H-FLOW, H-SLA)");
        g.MapPost(Code + "/retire", (string code, CategoryService s, CancellationToken ct) => Change(code, s, c => s.RetireAsync(c, ct), ct))
            .RequireAuthorization(HotlineRoles.OfficePolicy).WithName("RetireCategory")
            .WithSummary("Retire a category: kept for history, refused for new appeals (H-FLOW)");
    }

    private static async Task<Results<Ok<CategoryDetail>, ProblemHttpResult>> Get(string code, CategoryService s, CancellationToken ct) =>
        await s.FindAsync(code, ct) is { } c ? TypedResults.Ok(CategoryDetail.Of(c)) : NotFound(code);

    private static async Task<Created<CategoryDetail>> Add(NewCategoryRequest r, CategoryService s, CancellationToken ct)
    {
        var c = await s.AddAsync(r.Code, r.ToDraft(), ct);
        return TypedResults.Created($"/api/v1/hotline/categories/{c.Code}", CategoryDetail.Of(c));
    }

    private static async Task<Ok<CategoryDetail>> Change(
        string code, CategoryService s, Func<Category, Task<Category>> change, CancellationToken ct) =>
        TypedResults.Ok(CategoryDetail.Of(await change(await s.FindAsync(code, ct).OrNotFound(Missing(code)))));

    private static string Missing(string code) => $"分类 {code} 不存在";

    private static ProblemHttpResult NotFound(string code) => Problems.NotFound(Missing(code));
}

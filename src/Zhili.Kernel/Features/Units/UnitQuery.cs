using Zhili.BuildingBlocks.Paging;

namespace Zhili.Kernel.Features.Units;

/// <summary>Search, filter, sort and page the directory: shared by the API and the directory page.</summary>
public sealed record UnitQuery(string? Q = null, UnitKind? Kind = null, string? Parent = null, string? Block = null)
{
    public static readonly Sorting<AdminUnit> Sorting = new Sorting<AdminUnit>("order")
        .By("order", u => u.SortOrder)
        .By("code", u => u.Code)
        .By("name", u => u.Name)
        .By("kind", u => u.Kind);

    public Task<Page<AdminUnit>> RunAsync(KernelDbContext db, PageRequest page, CancellationToken ct)
    {
        var query = db.Units.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(u => u.Name.Contains(q) || u.Code.StartsWith(q));
        }

        if (Kind is { } kind)
        {
            query = query.Where(u => u.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(Parent))
        {
            query = query.Where(u => u.ParentCode == Parent);
        }

        if (!string.IsNullOrWhiteSpace(Block))
        {
            query = query.Where(u => u.BlockCode == Block);
        }

        return Sorting.PageAsync(query, page, ct);
    }
}

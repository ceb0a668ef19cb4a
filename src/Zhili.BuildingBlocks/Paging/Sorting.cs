namespace Zhili.BuildingBlocks.Paging;

/// <summary>The sort keys a list accepts, each with its expression; anything else falls back to the default.</summary>
public sealed class Sorting<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly string defaultKey;

    public Sorting(string defaultKey) => this.defaultKey = defaultKey;

    public Sorting<T> By<TKey>(string key, Expression<Func<T, TKey>> expression)
    {
        keys[key] = (q, desc) => desc ? q.OrderByDescending(expression) : q.OrderBy(expression);
        return this;
    }

    public IReadOnlyCollection<string> Keys => keys.Keys;

    public async Task<Page<T>> PageAsync(IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        var r = request.Normalized();
        var (key, desc) = r.SortKey();
        if (key is null || !keys.ContainsKey(key))
        {
            (key, desc) = (defaultKey, false);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await keys[key](query, desc).Skip((r.Page - 1) * r.PageSize).Take(r.PageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, r.Page, r.PageSize, total, desc ? "-" + key : key);
    }
}

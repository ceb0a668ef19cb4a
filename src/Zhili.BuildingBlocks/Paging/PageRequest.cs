namespace Zhili.BuildingBlocks.Paging;

/// <summary>Paging and sorting as the API (<c>?page=2&amp;pageSize=50&amp;sort=-name</c>) and the pages take it.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize, string? Sort = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    /// <summary>The request clamped to sane bounds, so that no caller can ask for a million rows at once.</summary>
    public PageRequest Normalized() => this with
    {
        Page = Math.Max(1, Page),
        PageSize = Math.Clamp(PageSize <= 0 ? DefaultSize : PageSize, 1, MaxSize),
    };

    /// <summary>The sort key without its direction prefix, and whether it is descending (<c>-name</c>).</summary>
    public (string? Key, bool Descending) SortKey() =>
        string.IsNullOrWhiteSpace(Sort) ? (null, false)
        : Sort.StartsWith('-') ? (Sort[1..], true)
        : (Sort, false);
}

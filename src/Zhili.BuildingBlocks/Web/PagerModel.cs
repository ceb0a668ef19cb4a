namespace Zhili.BuildingBlocks.Web;

/// <summary>What the pager partial needs of any <see cref="Page{T}"/>.</summary>
public sealed record PagerModel(int PageNumber, int PageCount, int Total)
{
    public static PagerModel Of<T>(Page<T> page) => new(page.PageNumber, page.PageCount, page.Total);
}

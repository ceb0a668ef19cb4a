using Microsoft.AspNetCore.WebUtilities;

namespace Zhili.Web.Pages.Audit;

/// <summary>The auditor's search form, shared by the list and its .xlsx export so that both read the same filters.</summary>
[Authorize(Policy = Policies.Auditor)]
public abstract class AuditSearchModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    /// <summary>First civil date (Asia/Shanghai), yyyy-MM-dd.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last civil date (Asia/Shanghai), yyyy-MM-dd, included.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>What is wrong with the filters (in Chinese, a text key), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The search, or null (and <see cref="Problem"/> set) when a date is not a date or the range is backwards.</summary>
    protected AuditQuery? Query()
    {
        var (from, fromOk) = Date(From);
        var (to, toOk) = Date(To);
        if (!fromOk || !toOk)
        {
            Problem = "日期应为 yyyy-MM-dd 格式";
            return null;
        }

        if (from > to)
        {
            Problem = "结束日期早于开始日期";
            return null;
        }

        return new AuditQuery(Actor, Unit, Entity, EntityId, from, to);
    }

    /// <summary>The filters (and sort) as a query string, for the export link and the verify button.</summary>
    public string FilterQuery(string path)
    {
        var values = new Dictionary<string, string?>
        {
            ["actor"] = Actor, ["unit"] = Unit, ["entity"] = Entity, ["entityId"] = EntityId, ["from"] = From, ["to"] = To, ["sort"] = Sort,
        };
        return QueryHelpers.AddQueryString(path, values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }

    private static (DateOnly? Date, bool Ok) Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, true);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, true)
            : (null, false);
    }
}

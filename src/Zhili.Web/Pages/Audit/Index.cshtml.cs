using Microsoft.AspNetCore.Mvc;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Paging;

namespace Zhili.Web.Pages.Audit;

/// <summary>Issue 3 item 5: the auditor searches the audit log, opens a record's before and after, and verifies the chain.</summary>
public sealed class IndexModel(AuditDbContext db, AuditVerifier verifier) : AuditSearchModel
{
    public Page<AuditRecord> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0, AuditQuery.DefaultSort);

    /// <summary>Set when the auditor asked to verify the chain.</summary>
    public AuditVerification? Verification { get; private set; }

    // "page" is also Razor Pages' own route value (the page path), hence the explicit query name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (Query() is { } query)
        {
            Result = await query.PageAsync(db.Records, new PageRequest(pageNumber, pageSize, Sort), ct);
        }
    }

    /// <summary>The "verify" button: posted to the page's own address, so the search and page stay as they were.</summary>
    public async Task OnPostAsync([FromQuery(Name = "page")] int pageNumber = 1, int pageSize = 50, CancellationToken ct = default)
    {
        Verification = await verifier.VerifyAsync(ct);
        await OnGetAsync(pageNumber, pageSize, ct);
    }

    /// <summary>The action in Chinese (a text key).</summary>
    public static string ActionName(string action) => action switch
    {
        "Added" => "新增",
        "Modified" => "修改",
        "Deleted" => "删除",
        _ => action,
    };

    /// <summary>A record's time as Zhengzhou's wall clock.</summary>
    public static string Local(DateTime at) => AuditQuery.Local(at).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

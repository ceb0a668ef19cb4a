namespace Zhili.Web.Pages.Audit;

/// <summary>
/// The auditor searches the audit log (within their data scope, ARCHITECTURE rule 11), opens a record's
/// before and after, and verifies the trail.
/// </summary>
public sealed class IndexModel(AuditDbContext db, AuditVerifier verifier) : AuditSearchModel
{
    public Page<AuditRecord> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0, AuditQuery.DefaultSort);

    /// <summary>Set when the auditor asked to verify the trail.</summary>
    public AuditVerification? Verification { get; private set; }

    /// <summary>Where the newest sealed batch ends: records up to there are sealed.</summary>
    public AuditPosition SealedUpTo { get; private set; } = AuditPosition.Start;

    // "page" is also Razor Pages' own route value (the page path), hence the explicit query name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (Query() is { } query)
        {
            Result = await query.PageAsync(db.Records, new PageRequest(pageNumber, pageSize, Sort), ct);
            SealedUpTo = AuditPosition.Of(await db.Seals.AsNoTracking().OrderByDescending(s => s.Batch).FirstOrDefaultAsync(ct));
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

    public bool IsSealed(AuditRecord record) => AuditPosition.Of(record) <= SealedUpTo;

    /// <summary>What a finding means, in Chinese (a text key).</summary>
    public static string KindName(AuditFindingKind kind) => kind switch
    {
        AuditFindingKind.Rewritten => "已封存记录的内容与其 MAC 不符：记录被改写",
        AuditFindingKind.Deleted => "已封存批次中的记录被删除",
        AuditFindingKind.Inserted => "已封存批次中被插入了记录",
        AuditFindingKind.Altered => "批次哈希不符：记录被调换或封存记录被修改",
        AuditFindingKind.BatchMissing => "缺少封存批次",
        AuditFindingKind.Truncated => "检查点所记的批次在数据库中已不存在：末尾的封存记录被截去",
        AuditFindingKind.Diverged => "检查点所记批次的哈希与数据库不同：记录被改写后重新封存",
        AuditFindingKind.UnsealedRewritten => "尚未封存的记录与其 MAC 不符：记录被改写",
        AuditFindingKind.UnknownKey => "所用密钥未配置，无法校验",
        AuditFindingKind.CheckpointForged => "检查点本身的 MAC 不符：检查点文件被修改",
        AuditFindingKind.LegacyBroken => "旧哈希链（批次封存之前的记录）已断开",
        _ => kind.ToString(),
    };

    /// <summary>A record's time as Zhengzhou's wall clock.</summary>
    public static string Local(DateTime at) => AuditQuery.Local(at).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

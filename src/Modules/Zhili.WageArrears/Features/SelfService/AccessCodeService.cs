namespace Zhili.WageArrears.Features.SelfService;

/// <summary>The code as issued: shown (and printed on the notice) once, never stored.</summary>
public sealed record IssuedCode(AccessPurpose Purpose, string Code, DateTime ExpiresAt);

/// <summary>Issues the one-time access codes staff print on the notice (B-NOTICE) or the listing decision (B-OBJ).</summary>
public sealed class AccessCodeService(WageArrearsDbContext db, Deadlines deadlines)
{
    /// <summary>
    /// B-NOTICE: the defence code works until the defence deadline, so the notice's receipt must be recorded first.
    /// B-OBJ [decision]: the gazette sets no period for an objection, so the objection code works while the entry is
    /// listed, until the end of its current term. Issuing again replaces the earlier code.
    /// </summary>
    public async Task<IssuedCode> IssueAsync(BlacklistCase c, AccessPurpose purpose, string by, CancellationToken ct)
    {
        var now = deadlines.Now;
        var expires = purpose switch
        {
            AccessPurpose.Defence when c.DefenceStateAt(now) is DefenceState.Open => c.DefenceDueAt!.Value,
            AccessPurpose.Defence => throw new RuleViolationException("purpose", "告知书送达后、陈述申辩期限届满前才能生成陈述申辩访问码", "B-NOTICE"),
            AccessPurpose.Objection when c.IsListed => deadlines.EndOf(c.ExpiresOn!.Value),
            _ => throw new RuleViolationException("purpose", "列入黑名单后才能生成异议访问码", "B-OBJ"),
        };
        var code = AccessCodeFormat.Generate();
        var hash = AccessCodeFormat.Hash(AccessCodeFormat.Normalize(code));
        var existing = await db.AccessCodes.FirstOrDefaultAsync(a => a.CaseId == c.Id && a.Purpose == purpose, ct);
        if (existing is null)
        {
            db.AccessCodes.Add(new AccessCode
            {
                CaseId = c.Id, UnitCode = c.UnitCode, Purpose = purpose, Hash = hash, IssuedAt = now, IssuedBy = by, ExpiresAt = expires,
            });
        }
        else
        {
            existing.Reissue(hash, now, by, expires);
        }

        await db.SaveChangesAsync(ct);
        return new IssuedCode(purpose, code, expires);
    }

    /// <summary>
    /// A case's codes, past the data scope: for a case the caller has already found in its scope, or as the city bureau.
    /// </summary>
    public Task<List<AccessCode>> ForCaseAsync(int caseId, CancellationToken ct) =>
        db.AccessCodes.IgnoreQueryFilters().AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Purpose).ToListAsync(ct);
}

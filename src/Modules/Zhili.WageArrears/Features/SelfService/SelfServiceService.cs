using Zhili.BuildingBlocks.Inbox;

namespace Zhili.WageArrears.Features.SelfService;

/// <summary>What the employer is told after filing: no personal data, only what was received and what comes next.</summary>
public sealed record SelfServiceReceipt(AccessPurpose Purpose, string Employer, DateOnly ReceivedOn, DateTime? DecisionDueAt);

/// <summary>
/// B-NOTICE, B-OBJ: an employer files its defence or objection without an account, with the access code printed on the
/// notice and its own credit code. The code is used up in the same transaction as the filing, and the deciding office
/// is told in its inbox. A wrong code and a wrong credit code get the same answer, so neither can be probed.
/// </summary>
public sealed class SelfServiceService(WageArrearsDbContext db, CaseService cases, ObjectionService objections, IInbox inbox)
{
    private Deadlines D => cases.Deadlines;

    public async Task<SelfServiceReceipt> FileDefenceAsync(PublicDefenceRequest r, CancellationToken ct)
    {
        var (code, c) = await RedeemAsync(r.AccessCode, r.CreditCode, AccessPurpose.Defence, "B-NOTICE", ct);
        code.Use(D.Now, "B-NOTICE");
        await SaveOnceAsync(() => cases.FileDefenceAsync(c, D.Today, r.Text!.Trim(), ct, online: true), "B-NOTICE");
        var employer = Employer(c);
        await inbox.PostAsync(new InboxMessage(c.UnitCode, null, "decision", $"收到在线陈述申辩：{employer.Name}",
            $"用人单位于 {D.Today:yyyy-MM-dd} 通过自助表单提交书面陈述申辩，请在作出列入决定前审核", $"/blacklist/cases/{c.Id}", "B-NOTICE"), ct);
        return new SelfServiceReceipt(AccessPurpose.Defence, employer.Name, D.Today, null);
    }

    public async Task<SelfServiceReceipt> FileObjectionAsync(PublicObjectionRequest r, CancellationToken ct)
    {
        var (code, c) = await RedeemAsync(r.AccessCode, r.CreditCode, AccessPurpose.Objection, "B-OBJ", ct);
        code.Use(D.Now, "B-OBJ");
        Objection? o = null;
        await SaveOnceAsync(async () => o = await objections.FileAsync(c, new ObjectionRequest(D.Today, r.Text, r.Evidence), ct, online: true), "B-OBJ");
        var employer = Employer(c);
        var due = Kernel.Civil.DateOf(o!.DueAt.AddTicks(-1));
        await inbox.PostAsync(new InboxMessage(c.UnitCode, null, "decision", $"收到在线异议申请：{employer.Name}",
            $"用人单位于 {D.Today:yyyy-MM-dd} 通过自助表单提出异议并提交证据，应于 {due:yyyy-MM-dd} 前作出处理决定并告知申请人",
            $"/blacklist/cases/{c.Id}", "B-OBJ"), ct);
        return new SelfServiceReceipt(AccessPurpose.Objection, employer.Name, D.Today, o.DueAt);
    }

    private async Task<(AccessCode Code, BlacklistCase Case)> RedeemAsync(string? typed, string? creditCode, AccessPurpose purpose, string rule, CancellationToken ct)
    {
        var hash = AccessCodeFormat.Hash(AccessCodeFormat.Normalize(typed));
        // Past the data scope: the code on the notice is the employer's authority for its own case (B-NOTICE, B-OBJ).
        var code = await db.AccessCodes.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Hash == hash && a.Purpose == purpose, ct);
        var c = code is null ? null : await cases.FindAnyAsync(code.CaseId, ct);
        var employer = c is null ? null : Employer(c);
        if (code is null || employer is null || employer.CreditCode != CreditCode.Normalize(creditCode))
        {
            throw new RuleViolationException("accessCode", "访问码或统一社会信用代码不正确", rule);
        }

        return (code, c!);
    }

    /// <summary>The code's use is the concurrency check: a second submission with the same code at the same moment fails whole.</summary>
    private static async Task SaveOnceAsync(Func<Task> save, string rule)
    {
        try
        {
            await save();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RuleViolationException("accessCode", "该访问码已使用过，每个访问码只能提交一次", rule);
        }
    }

    private static Party Employer(BlacklistCase c) => c.Parties.First(p => p.Kind == PartyKind.Employer);
}

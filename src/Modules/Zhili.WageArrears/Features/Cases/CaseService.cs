namespace Zhili.WageArrears.Features.Cases;

/// <summary>The case commands shared by the API and the pages: each loads, applies one domain method and saves once.</summary>
public sealed class CaseService(WageArrearsDbContext db, Deadlines deadlines, DocumentNumbers numbers)
{
    public Deadlines Deadlines => deadlines;

    public Task<BlacklistCase?> FindAsync(int id, CancellationToken ct) =>
        db.Cases.Include(c => c.Parties).ThenInclude(p => p.Persons).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>A case whatever its unit, past the data scope: for the city bureau (B-PUB) and an employer's access code only.</summary>
    public Task<BlacklistCase?> FindAnyAsync(int id, CancellationToken ct) =>
        db.Cases.IgnoreQueryFilters().Include(c => c.Parties).ThenInclude(p => p.Persons).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public async Task<CaseDto> DtoAsync(BlacklistCase c, CancellationToken ct) =>
        CaseDto.From(c, deadlines, await db.Acknowledgements.AnyAsync(a => a.CaseId == c.Id, ct));

    public async Task<BlacklistCase> CreateAsync(CreateCaseRequest r, string unitCode, CancellationToken ct)
    {
        var c = new BlacklistCase
        {
            UnitCode = unitCode,
            DecisionNumber = r.DecisionNumber!.Trim(),
            DecisionDate = r.DecisionDate,
            Grounds = r.Grounds!.Aggregate(Ground.None, (a, g) => a | g),
            ListingDueAt = deadlines.Listing(r.DecisionDate), // B-LIST
            Parties = r.Parties!.Select(p => new Party
            {
                Name = p.Name!.Trim(),
                CreditCode = p.IsNaturalPerson ? null : CreditCode.Normalize(p.CreditCode),
                IdNumber = p.IsNaturalPerson ? ResidentId.Normalize(p.IdNumber) : null, // B-WHO: an individual subcontractor
                Kind = p.Kind,
                RegisteredOutsideCity = p.RegisteredOutsideCity,
                Persons = (p.Persons ?? []).Select(x => new Person { Name = x.Name!.Trim(), Role = x.Role, IdNumber = x.IdNumber!.Trim().ToUpperInvariant() }).ToList(),
            }).ToList(),
        };
        // B-NOTICE: the 告知书 is numbered and dated when the case is opened, in its transaction, so the printed notice
        // carries its number before it is served and downloading it never takes one.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        c.IssueNotice(await numbers.NextAsync(unitCode, DocumentNumbers.Notice, deadlines.Today.Year, ct), deadlines.Today);
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return c;
    }

    public async Task ServeNoticeAsync(BlacklistCase c, DateOnly receivedOn, CancellationToken ct)
    {
        c.ServeNotice(receivedOn, deadlines.Defence(receivedOn));
        // A self-service code printed on the notice lasts exactly as long as the defence window (B-NOTICE).
        var code = await db.AccessCodes.FirstOrDefaultAsync(a => a.CaseId == c.Id && a.Purpose == AccessPurpose.Defence, ct);
        code?.Follow(c.DefenceDueAt!.Value);
        await db.SaveChangesAsync(ct);
    }

    public async Task FileDefenceAsync(BlacklistCase c, DateOnly filedOn, string text, CancellationToken ct, bool online = false)
    {
        c.FileDefence(filedOn, text, deadlines.EndOf(filedOn), online);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>B-LIST, B-TERM: 1 year for a first listing, 2 when a party was removed from the list before.</summary>
    public async Task ListAsync(BlacklistCase c, DateOnly decidedOn, CancellationToken ct)
    {
        // Past the data scope: a removal on any unit's case makes this a relisting (B-TERM).
        var relisting = await db.Cases.IgnoreQueryFilters().OnAnyOf(c.Parties)
            .AnyAsync(o => o.Id != c.Id && o.ListedOn != null && o.RemovedOn != null, ct);
        var years = relisting ? deadlines.Options.RepeatTermYears : deadlines.Options.FirstTermYears;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await numbers.NextAsync(c.UnitCode, DocumentNumbers.Listing, decidedOn.Year, ct);
        c.List(decidedOn, deadlines.EndOf(decidedOn), relisting, years);
        c.NumberListing(number); // B-LIST: the decision's number is taken with the decision, in its transaction
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// B-NOTICE: a case opened before notices were numbered at opening gets its number on the notice's first issue, dated
    /// that day (or the day it was received, if earlier); issuing it again gives the same document.
    /// </summary>
    public async Task IssueNoticeAsync(BlacklistCase c, CancellationToken ct)
    {
        if (c.NoticeNumber is not null)
        {
            return;
        }

        var on = c.NoticeReceivedOn is { } received && received < deadlines.Today ? received : deadlines.Today;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        c.IssueNotice(await numbers.NextAsync(c.UnitCode, DocumentNumbers.Notice, on.Year, ct), on);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>B-LIST: a case listed before decisions were numbered gets its number on the decision's first issue.</summary>
    public async Task NumberListingAsync(BlacklistCase c, CancellationToken ct)
    {
        if (c.ListedOn is not { } listed || c.ListingNumber is not null)
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        c.NumberListing(await numbers.NextAsync(c.UnitCode, DocumentNumbers.Listing, listed.Year, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>B-PUB: the city bureau acknowledges a county listing (L3055–3061).</summary>
    public async Task AcknowledgeAsync(int caseId, string by, CancellationToken ct)
    {
        // Past the data scope: the city bureau acknowledges every county's listing; the caller checked its permission.
        var c = await db.Cases.IgnoreQueryFilters().FirstOrDefaultAsync(x => x.Id == caseId, ct)
            ?? throw new RuleViolationException("id", "案件不存在", "B-PUB");
        if (c.ListedOn is null)
        {
            throw new RuleViolationException("id", "尚未作出列入决定", "B-PUB");
        }

        if (!await db.Acknowledgements.AnyAsync(a => a.CaseId == caseId, ct))
        {
            db.Acknowledgements.Add(new Acknowledgement { CaseId = caseId, AcknowledgedOn = deadlines.Today, AcknowledgedBy = by });
            await db.SaveChangesAsync(ct);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Zhili.Kernel.Units;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Features.Lookup;

/// <summary>
/// B-CREDIT: answers from the live cases (not the editions), so a decision shows at once. One indexed query per
/// call whatever the number of codes (no N+1); the authority's name comes from the in-memory unit directory.
/// </summary>
public sealed class LookupService(WageArrearsDbContext db, IAdminUnits units)
{
    private sealed record Hit(string CreditCode, string Name, DateOnly ListedOn, DateOnly? ExpiresOn, Ground Grounds, string UnitCode);

    public async Task<IReadOnlyList<LookupAnswer>> LookupAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        var distinct = codes.Distinct().ToList();
        var hits = await db.Parties.AsNoTracking()
            .Where(p => distinct.Contains(p.CreditCode))
            .Join(db.Cases.Where(c => c.ListedOn != null && c.RemovedOn == null), p => p.CaseId, c => c.Id,
                (p, c) => new Hit(p.CreditCode, p.Name, c.ListedOn!.Value, c.ExpiresOn, c.Grounds, c.UnitCode))
            .ToListAsync(ct);
        var byCode = hits.ToLookup(h => h.CreditCode);
        return codes.Select(code => Answer(code, byCode[code].ToList())).ToList();
    }

    private LookupAnswer Answer(string code, List<Hit> hits)
    {
        if (hits.Count == 0)
        {
            return LookupAnswer.NotListed(code);
        }

        // Several live listings of one employer: the earliest start, the latest end, every ground and authority.
        var first = hits.MinBy(h => h.ListedOn)!;
        var grounds = hits.Aggregate(Ground.None, (a, h) => a | h.Grounds);
        var authorities = string.Join("、", hits.Select(h => AuthorityName(h.UnitCode)).Distinct());
        return new LookupAnswer(code, true, first.Name, first.ListedOn, hits.Max(h => h.ExpiresOn), Grounds.ChineseNames(grounds),
            authorities, JointPunishment.IntegrityGrade, JointPunishment.RestrictedAreas);
    }

    public string AuthorityName(string unitCode)
    {
        // A county bureau's unit is the county itself: its deciding authority is that county's HR bureau.
        var name = units.Get(unitCode).Name;
        return unitCode.EndsWith("-RSJ", StringComparison.Ordinal) ? "郑州市人力资源和社会保障局" : $"{name}人力资源和社会保障局";
    }
}

namespace Zhili.Roads.Features.Segments;

/// <summary>R-SCOPE: registering, editing and retiring segments, for the API and the pages alike; each saves once.</summary>
public sealed class SegmentService(RoadsDbContext db, IAdminUnits units, TimeProvider clock)
{
    public DateOnly Today => Zhili.Kernel.Civil.Today(clock);

    /// <summary>The segment of that code in the reader's scope, with its road; 404 otherwise.</summary>
    public Task<RoadSegment> GetAsync(string code, CancellationToken ct) => FindAsync(code, ct).OrNotFound($"路段 {code} 不存在");

    public Task<RoadSegment?> FindAsync(string code, CancellationToken ct) =>
        db.Segments.Include(s => s.Road).FirstOrDefaultAsync(s => s.Code == RoadCodes.Normalize(code), ct);

    public async Task<RoadSegment> CreateAsync(SegmentRequest r, CancellationToken ct)
    {
        var street = StreetInScope(r.StreetCode);
        var district = units.CountyLevelOf(street.Code)!.Code;
        var segment = new RoadSegment
        {
            Code = RoadCodes.Normalize(r.Code),
            Name = r.Name!.Trim(),
            DistrictCode = district,
            UnitCode = street.Code,
            StartDescription = "",
            EndDescription = "",
        };
        await ApplyAsync(segment, r, ct);
        db.Segments.Add(segment);
        await db.SaveChangesAsync(ct);
        return segment;
    }

    public async Task<RoadSegment> UpdateAsync(string code, SegmentRequest r, CancellationToken ct)
    {
        var segment = await GetAsync(code, ct);
        segment.Expect(r.Version);
        if (RoadCodes.Normalize(r.Code) != segment.Code)
        {
            throw new RuleViolationException("code", "路段编码不可更改：公示牌和二维码使用该编码", "R-SCOPE");
        }

        if (segment.RetiredOn is not null)
        {
            throw new RuleViolationException("code", $"路段 {segment.Code} 已撤销，不能修改", "R-SCOPE");
        }

        var street = StreetInScope(r.StreetCode);
        if (units.CountyLevelOf(street.Code)!.Code != segment.DistrictCode)
        {
            throw new RuleViolationException("streetCode", "路段只能改到本区的其他街道；跨区请撤销后在该区重新登记", "R-SCOPE");
        }

        segment.UnitCode = street.Code;
        segment.Name = r.Name!.Trim();
        await ApplyAsync(segment, r, ct);
        await db.SaveChangesAsync(ct);
        return segment;
    }

    public async Task<RoadSegment> RetireAsync(string code, int? version, CancellationToken ct)
    {
        var segment = await GetAsync(code, ct);
        segment.Expect(version);
        segment.Retire(Today);
        await db.SaveChangesAsync(ct);
        return segment;
    }

    private AdminUnit StreetInScope(string? code)
    {
        var street = SegmentPlaces.StreetOfScope(units, code)
            ?? throw new RuleViolationException("streetCode", "请选择实施范围内各区的街道（乡镇）办事处", "R-SCOPE");
        return DataScope.Current.Covers(street.Code) ? street
            : throw new RuleViolationException("streetCode", "只能登记、修改本单位辖区内的路段", "R-SCOPE");
    }

    /// <summary>The fields an edit may change; the road is found by name in the segment's district, or registered with it.</summary>
    private async Task ApplyAsync(RoadSegment s, SegmentRequest r, CancellationToken ct)
    {
        var roadName = r.RoadName!.Trim();
        s.Road = await db.Roads.FirstOrDefaultAsync(x => x.DistrictCode == s.DistrictCode && x.Name == roadName, ct)
            ?? db.Roads.Local.FirstOrDefault(x => x.DistrictCode == s.DistrictCode && x.Name == roadName)
            ?? new Road { DistrictCode = s.DistrictCode, Name = roadName };
        s.AreaClass = r.AreaClass!.Value;
        s.LengthMetres = r.LengthMetres!.Value;
        s.StartDescription = r.StartDescription!.Trim();
        s.EndDescription = r.EndDescription!.Trim();
        (s.StartLatitude, s.StartLongitude, s.EndLatitude, s.EndLongitude) = (r.StartLatitude, r.StartLongitude, r.EndLatitude, r.EndLongitude);
    }
}

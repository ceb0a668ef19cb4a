using Zhili.BuildingBlocks.Modules;

namespace Zhili.Roads.Demo;

/// <summary>
/// Demo data (R-PATROL): the last 30 days of patrols on the demo segments — each 二级路长 daily but for a few missed days,
/// the 一级路长 weekly, the 总路长 of 金水区 each half month — so the compliance table shows met and missing dates.
/// </summary>
public sealed class PatrolDemo(RoadsDbContext db, PatrolService patrols, TimeProvider clock) : IDemoSeeder
{
    public int Order => 41;

    private List<RoadChief> offices = [];

    private static readonly string[] Findings = ["路面整洁，未发现问题", "人行道有占道经营，已现场劝离", "绿化带内有垃圾，已通知环卫清理", "一处井盖松动，已报送处理"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Past the data scope: the demo is seeded once for every unit.
        if (await db.Patrols.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        // Past the data scope as well: every district's demo segments get their patrols, by the chiefs in office.
        var segments = await db.Segments.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        offices = await db.Chiefs.IgnoreQueryFilters().AsNoTracking().Include(c => c.Terms).ToListAsync(cancellationToken);
        var today = Zhili.Kernel.Civil.Today(clock);
        for (var i = 0; i < segments.Count; i++)
        {
            for (var back = 30; back >= 1; back--)
            {
                // Every segment misses a few days, each on different ones.
                if ((back + i * 4) % 11 == 0)
                {
                    continue;
                }

                await LogAsync(segments[i], today.AddDays(-back), ChiefLevel.Second, Findings[(back + i) % Findings.Length], cancellationToken);
            }
        }

        // The 一级路长 of 花园路街道 patrols every Wednesday; the 总路长 of 金水区 on the 10th and the 25th.
        for (var day = today.AddDays(-30); day < today; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Wednesday)
            {
                await LogAsync(segments.Single(s => s.Code == "JS-HYL-01"), day, ChiefLevel.First, Findings[0], cancellationToken);
            }

            if (day.Day is 10 or 25)
            {
                await LogAsync(segments.Single(s => s.Code == "JS-HYL-02"), day, ChiefLevel.General, Findings[1], cancellationToken);
            }
        }
    }

    private async Task LogAsync(RoadSegment segment, DateOnly day, ChiefLevel level, string findings, CancellationToken ct)
    {
        // A demo segment without a chief of that level in office that day: nobody owes that patrol.
        var place = level switch { ChiefLevel.General => segment.DistrictCode, ChiefLevel.First => segment.UnitCode, _ => segment.Code };
        if (!offices.Any(c => c.Level == level && c.Place == place && c.Terms.Any(t => t.FirstDay <= day && (t.LastDay == null || t.LastDay >= day))))
        {
            return;
        }

        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), Zhili.Kernel.Civil.ShanghaiOffset);
        await patrols.LogAsync(new PatrolRequest(segment.Code, at, findings, null, level), "demo", ct);
    }
}

using Zhili.BuildingBlocks.Modules;

namespace Zhili.Roads.Demo;

/// <summary>
/// Demo data of the closed loop (R-LOOP): on the demo segments, a problem at every stage, one sent back once (返工), one
/// escalated to the district and one past its deadline. Dated in the last days, so the indicators have something to count.
/// </summary>
public sealed class ProblemsDemo(RoadsDbContext db, ProblemService problems, TimeProvider clock) : IDemoSeeder
{
    public int Order => 45;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Past the data scope: the demo is seeded once for every unit.
        if (await db.Problems.IgnoreQueryFilters().AnyAsync(cancellationToken)
            || await db.Segments.IgnoreQueryFilters().ToDictionaryAsync(s => s.Code, cancellationToken) is not { Count: > 0 } segments)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ago = (double hours) => now.AddHours(-hours);
        RoadProblem Add(string segment, string category, string description, double foundHoursAgo)
        {
            var p = RoadProblem.Report(segments[segment], ProblemCategory.Find(category)!, description, null, null, "demo.inspector", ago(foundHoursAgo));
            db.Problems.Add(p);
            return p;
        }

        void File(RoadProblem p, double hoursAgo)
        {
            var (due, rule) = problems.Deadline(ProblemCategory.Find(p.CategoryCode)!, ago(hoursAgo));
            p.File(due, rule, "demo.district", ago(hoursAgo));
        }

        Add("JS-HYL-01", "order-parking", "农业路口北侧人行道上停放机动车 6 辆", 1);
        var filed = Add("JS-HYL-02", "sanitation-garbage", "公交站台旁垃圾桶满溢", 3);
        File(filed, 2.5);
        var handled = Add("JS-JSL-01", "frontage-posting", "配电箱上张贴小广告", 30);
        File(handled, 29);
        handled.Handle("已清除小广告并清洗箱体", "demo.street", ago(5));
        var closed = Add("ZY-JSL-01", "order-vending", "路口西侧流动摊贩占道经营", 50);
        File(closed, 49);
        closed.Handle("已劝离摊贩", "demo.street", ago(47));
        closed.Recheck(true, "复查无摊贩", "demo.inspector", ago(46));
        var rework = Add("EQ-DXL-01", "sanitation-stains", "人行道大片油渍", 72);
        File(rework, 71);
        rework.Handle("已冲洗", "demo.street", ago(60));
        rework.Recheck(false, "油渍仍明显，需用清洗剂", "demo.inspector", ago(58));
        rework.Handle("已用清洗剂二次清洗", "demo.street", ago(40));
        rework.Recheck(true, "已整改到位", "demo.inspector", ago(38));
        var overdue = Add("GC-ZJSL-01", "order-piling", "沿街商户门前堆放建筑材料", 80);
        File(overdue, 78);
        overdue.Escalate("商户拒不清理，需区城管执法介入", "demo.chief", ago(50));
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Zhili.BuildingBlocks.Modules;

namespace Zhili.Roads.Demo;

/// <summary>
/// Demo data: real roads of the urban districts (中原区 建设路、中原路; 二七区 大学路; 管城回族区 紫荆山路; 金水区 花园路、
/// 经三路) as segments on the kernel's demo streets, with a chief at each level. Holders' names are fictional; the posts
/// and lines are illustrative.
/// </summary>
public sealed class RoadsDemo(RoadsDbContext db, SegmentService segments, ChiefService chiefs) : IDemoSeeder
{
    public int Order => 40;

    private static readonly SegmentRequest[] Segments =
    [
        new("JS-HYL-01", "花园路（农业路—东风路）", "花园路", "410105002", AreaClass.Key, 1450, "农业路口", "东风路口", 34.7748, 113.6854, 34.7878, 113.6855),
        new("JS-HYL-02", "花园路（金水路—农业路）", "花园路", "410105002", AreaClass.Key, 1620, "金水路口", "农业路口", 34.7603, 113.6853, 34.7748, 113.6854),
        new("JS-JSL-01", "经三路（金水路—农业路）", "经三路", "410105001", AreaClass.Dual, 1500, "金水路口", "农业路口", 34.7601, 113.6793, 34.7746, 113.6795),
        new("ZY-JSL-01", "建设路（桐柏路—嵩山路）", "建设路", "410102002", AreaClass.Key, 1800, "桐柏路口", "嵩山路口", 34.7536, 113.6240, 34.7536, 113.6430),
        new("ZY-ZYL-01", "中原路（桐柏路—嵩山路）", "中原路", "410102001", AreaClass.Dual, 1750, "桐柏路口", "嵩山路口", 34.7438, 113.6240, 34.7440, 113.6430),
        new("EQ-DXL-01", "大学路（陇海路—航海路）", "大学路", "410103005", AreaClass.Key, 1900, "陇海路口", "航海路口", 34.7360, 113.6490, 34.7190, 113.6490),
        new("GC-ZJSL-01", "紫荆山路（金水路—陇海路）", "紫荆山路", "410104003", AreaClass.General, 2600, "金水路口", "陇海路口", 34.7590, 113.6880, 34.7360, 113.6880),
    ];

    private static readonly (ChiefLevel Level, string Place, string Name, string Post, string Phone)[] Chiefs =
    [
        (ChiefLevel.General, "410105", "李文华", "金水区人民政府区长", "0371-65500001"),
        (ChiefLevel.Deputy, "410105", "陈建军", "金水区人民政府副区长", "0371-65500002"),
        (ChiefLevel.First, "410105002", "王志强", "金水区人民政府副区长", "0371-65500003"),
        (ChiefLevel.First, "410105001", "刘国庆", "金水区人大常委会副主任", "0371-65500004"),
        (ChiefLevel.Second, "JS-HYL-01", "赵丽萍", "花园路街道办事处副主任", "0371-63940001"),
        (ChiefLevel.Second, "JS-HYL-02", "孙明", "花园路街道办事处副主任", "0371-63940002"),
        (ChiefLevel.Second, "JS-JSL-01", "钱伟", "经八路街道办事处副主任", "0371-65950001"),
        (ChiefLevel.General, "410102", "周海涛", "中原区人民政府区长", "0371-67180001"),
        (ChiefLevel.Second, "ZY-JSL-01", "吴红梅", "建设路街道办事处副主任", "0371-67180021"),
        (ChiefLevel.Second, "EQ-DXL-01", "郑晓东", "五里堡街道办事处副主任", "0371-68960001"),
        (ChiefLevel.Second, "GC-ZJSL-01", "冯建华", "南关街道办事处副主任", "0371-66230001"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Past the data scope: the demo is seeded once for every unit.
        if (await db.Segments.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var segment in Segments)
        {
            await segments.CreateAsync(segment, cancellationToken);
        }

        var since = segments.Today.AddMonths(-6);
        foreach (var (level, place, name, post, phone) in Chiefs)
        {
            await chiefs.AppointAsync(new AppointRequest(level, place, name, post, phone, since), "demo", cancellationToken);
        }

        // R-CHIEF: one holder changed a month ago, so that an office shows its history.
        await chiefs.AppointAsync(new AppointRequest(ChiefLevel.Second, "JS-HYL-01", "林晓峰", "花园路街道办事处副主任", "0371-63940011",
            segments.Today.AddMonths(-1)), "demo", cancellationToken);
    }
}

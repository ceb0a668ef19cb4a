namespace Zhili.Hotline.Demo;

/// <summary>
/// Demo mode: appeals at the street level (二级转办) under 金水区, one at each stage: with 经八路街道, replied by 花园路街道 and
/// awaiting the district's review, and accepted and replied to the office. The demo users jingbalu and huayuanlu work them.
/// </summary>
public sealed class StreetDemo(HotlineDbContext db, Sla sla, TimeProvider clock, IAdminUnits units) : IDemoSeeder
{
    private const string Actor = "demo";
    private const string District = "410105";
    private const string Jingbalu = "410105001";
    private const string Huayuanlu = "410105002";

    public int Order => 21;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (units.Find(Jingbalu) is null || units.Find(Huayuanlu) is null || await db.Appeals.AnyAsync(a => a.StreetCode != null, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var n = 100;
        Appeal Passed(string street, string category, string address, string text, string name, string phone)
        {
            var a = new Appeal
            {
                TrackingNumber = $"HLDEMO{++n:0000000000}", Channel = Channel.Phone, CallerName = name, CallerPhone = phone,
                Type = AppealType.Complaint, CategoryCode = category, Address = address, Description = text,
                ReceivedAt = now.AddHours(-30 + n - 100), ReceivedBy = "office",
            };
            a.Received(Actor);
            a.Assign(District, [], a.ReceivedAt.AddHours(1), "office", sla);
            // The street's deadline is the district's own last day: always within it (H-SLA).
            a.PassDown(street, Sla.DayOf(a.DeadlineAt!.Value), "请街道核实并于期限内答复区级", a.ReceivedAt.AddHours(2), "jinshui");
            db.Appeals.Add(a);
            return a;
        }

        Passed(Jingbalu, "110101", "金水区经八路与纬五路交叉口", "夜市摊位占用盲道，晚上十点后仍在经营。", "马丽", "13803710011");
        var replied = Passed(Huayuanlu, "110101", "金水区花园路与农业路交叉口西北角", "商户把货物堆放在人行道上，行人无法通行。", "杨帆", "13903710012");
        replied.StreetReply("已督促商户清理人行道堆放物品，并安排网格员每日巡查。", now.AddHours(-3), "huayuanlu");
        var accepted = Passed(Jingbalu, "110202", "金水区经八路东里小区门口", "小区门口路灯不亮已有一周。", "郭明", "15803710013");
        accepted.StreetReply("已联系供电维修班组更换灯具，路灯已恢复照明。", now.AddHours(-4), "jingbalu");
        accepted.ReviewStreetReply(true, "经八路街道已更换灯具，路灯恢复照明，区城管局将纳入日常巡查。", now.AddHours(-2), "jinshui");
        await db.SaveChangesAsync(cancellationToken);
    }
}

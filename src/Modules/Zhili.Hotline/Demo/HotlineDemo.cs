namespace Zhili.Hotline.Demo;

/// <summary>Demo mode: a handful of appeals of the kind the gazette's other systems deal with, at different stages.</summary>
public sealed class HotlineDemo(HotlineDbContext db, Sla sla, TimeProvider clock) : IDemoSeeder
{
    private const string Actor = "demo";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Appeals.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var n = 0;
        Appeal New(AppealType type, string category, string address, string text, string name, string phone, bool confidential = false)
        {
            var a = new Appeal
            {
                TrackingNumber = $"HLDEMO{++n:0000000000}", Channel = n % 2 == 0 ? Channel.Web : Channel.Phone, CallerName = name,
                CallerPhone = phone, Confidential = confidential, Type = type, CategoryCode = category, Address = address,
                Description = text, ReceivedAt = now.AddHours(-n * 5), ReceivedBy = "office",
            };
            a.Received(Actor);
            db.Appeals.Add(a);
            return a;
        }

        New(AppealType.Complaint, "110101", "金水区经八路与红旗路交叉口", "早晚高峰有流动摊贩占用人行道经营，行人只能走机动车道。", "张卫东", "13803710001")
            .Assign("410105", ["410100-CGJ"], now.AddHours(-4), Actor, sla);
        New(AppealType.Complaint, "120101", "二七区大学路某在建住宅项目", "在工地干了四个月，包工头拖欠工资两万余元，多次讨要无果。", "李建国", "13903710002", confidential: true)
            .Assign("410100-RSJ", [], now.AddHours(-9), Actor, sla);
        var lamp = New(AppealType.Help, "110202", "中原区建设路桐柏路口", "路口三盏路灯连续一周不亮，夜间行人过马路很危险。", "王秀英", "0371-67180003");
        lamp.Assign("410102", [], now.AddHours(-14), Actor, sla);
        lamp.Answer("已安排市政养护队于次日更换灯具，路灯已恢复照明。", now.AddHours(-2), "zhongyuan");
        New(AppealType.Consultation, "120201", "管城回族区", "灵活就业人员如何办理城乡居民养老保险？", "赵敏", "15803710004")
            .Close(ClosureReason.Resolved, "来电时已按政策解答", now.AddHours(-20), Actor);
        New(AppealType.Suggestion, "150101", "郑东新区龙子湖高校园区", "建议增开高校园区至地铁站的接驳公交，晚间延长运营时间。", "刘洋", "18603710005");
        await db.SaveChangesAsync(cancellationToken);
    }
}

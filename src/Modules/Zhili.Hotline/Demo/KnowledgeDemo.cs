namespace Zhili.Hotline.Demo;

/// <summary>Demo mode: a few knowledge-base answers to consultations about the gazette's other systems (H-FLOW).</summary>
public sealed class KnowledgeDemo(HotlineDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 21;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.KnowledgeAnswers.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var draft in Answers)
        {
            var answer = new KnowledgeAnswer { Title = draft.Title, Answer = draft.Answer, UpdatedBy = "demo" };
            answer.Edit(draft, now, "demo");
            db.KnowledgeAnswers.Add(answer);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // The facts come from the gazette (line numbers in brackets); the wording is the hotline's own.
    private static readonly KnowledgeDraft[] Answers =
    [
        new("拖欠工资“黑名单”要列入多久", // L3007–3031
            "用人单位第一次被列入拖欠工资“黑名单”，期限为 1 年，从作出列入决定的那天起算。1 年内改正了违法行为、也没有再出现列入情形的，"
            + "期满后 20 个工作日内由作出决定的人社部门决定移出；没有改正或者又出现列入情形的，期满不移出，自动延长 2 年。"
            + "移出后再次被列入的，期限为 2 年。",
            "120101", "黑名单 欠薪 拖欠工资 列入 期限 移出", true),
        new("对拖欠工资“黑名单”公布的信息有异议怎么办", // L2960–2977
            "被列入的用人单位认为公布的信息与事实不符，可以向作出列入决定的人社部门书面提出异议，并附上证据。"
            + "人社部门在收到书面异议之日起 15 个工作日内作出处理决定并告知申请人，情况复杂的可以再延长 10 个工作日；"
            + "信息确有错误的，会及时变更或撤销。",
            "120101", "黑名单 异议 欠薪 更正 撤销", true),
        new("养老护理员有没有岗位补贴", // L1480–1485
            "有。本市逐步建立养老服务人员的入职补贴、社保补贴和公益性岗位补贴制度；养老护理员按从业年限，"
            + "分别可以领取每月 100 元、150 元、200 元的岗位补贴。",
            "120201", "养老 护理员 岗位补贴 补贴 从业年限", true),
        new("哪里可以查到经营性公共停车场的位置和泊位数", // L2109–2113
            "自 2018 年 10 月 1 日起，市城管局通过报纸、广播、电视和网络等媒体，陆续公布收费经营的公共停车场的位置和泊位数量，"
            + "方便驾驶人就近停车，也欢迎社会监督。",
            null, "停车场 泊位 停车 位置 公布", true),
        new("住宅小区周边道路能不能夜间限时停车", // L2196–2208
            "市公安局牵头、市城管局和各区配合，研究制定路内错时停车办法，按“停车必在位、在位有标线、标示有时间”的原则，"
            + "因地制宜在住宅小区周边道路施划夜间限时段停车泊位。请按泊位标示的时间停放。",
            null, "错时停车 夜间停车 限时 泊位 小区", true),
    ];
}

namespace Zhili.Identity.Demo;

/// <summary>Demo mode: one account per role, in a few units, all with <see cref="Password"/>; the sign-in page lists them.</summary>
public sealed class DemoAccounts(UserManager<ZhiliUser> users, IInbox inbox, TimeProvider clock) : IDemoSeeder
{
    public const string Password = "Zhili2018demo";

    public static IReadOnlyList<(string UserName, string Name, string Unit, string Role)> All { get; } =
    [
        ("admin", "王管理", "410100", ZhiliRoles.Administrator),
        ("office", "李督办", "410100-SZDHS", ZhiliRoles.CityOffice),
        ("jxb", "赵精细", "410100-JXB", ZhiliRoles.CityOffice),
        ("minzheng", "陈民政", "410100-MZJ", ZhiliRoles.Department),
        ("renshe", "刘人社", "410100-RSJ", ZhiliRoles.Department),
        ("jinshui", "张金水", "410105", ZhiliRoles.District),
        ("erqi", "周二七", "410103", ZhiliRoles.District),
        ("zhongmu", "吴中牟", "410122", ZhiliRoles.District),
        ("jinshui-admin", "郑区管", "410105", ZhiliRoles.Administrator),
        ("jingbalu", "孙经八", "410105001", ZhiliRoles.Street),
        ("huayuanlu", "吕花园", "410105002", ZhiliRoles.Street),
        ("luzhang", "钱路长", "410105001", ZhiliRoles.RoadChief),
        ("xuncha", "冯巡查", "410105", ZhiliRoles.Inspector),
        ("auditor", "何审计", "410100", ZhiliRoles.Auditor),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(All[0].UserName) is not null)
        {
            return;
        }

        foreach (var (userName, name, unit, role) in All)
        {
            var user = new ZhiliUser { UserName = userName, DisplayName = name, UnitCode = unit, CreatedAt = clock.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        // A first notice for two of the units, so that the inbox is not empty on a first visit.
        await inbox.PostAsync(new InboxMessage("410105", null, "system", "欢迎使用治理", "本单位的期限提醒、督办通知和待决定事项会出现在这里。", "/inbox"), cancellationToken);
        await inbox.PostAsync(new InboxMessage("410100", "admin", "decision", "请为各区开设账户", "演示数据只有少数账户；正式使用前请为各单位开设账户并停用演示账户。", "/admin/users"), cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

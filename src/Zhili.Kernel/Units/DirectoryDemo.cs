namespace Zhili.Kernel.Units;

/// <summary>
/// Demo mode: street offices (街道办事处) of the urban scope, so that pages and modules have units below the
/// districts to work with. The names are real streets of those districts; the 3-digit serials are illustrative,
/// not the official township codes, which an administrator enters for production.
/// </summary>
public sealed class DirectoryDemo(DirectoryStore store, IAdminUnits units) : IDemoSeeder
{
    public int Order => 0;

    private static readonly (string District, string[] Streets)[] Streets =
    [
        ("410102", ["林山寨街道", "建设路街道", "棉纺路街道", "秦岭路街道", "三官庙街道"]),
        ("410103", ["淮河路街道", "解放路街道", "铭功路街道", "一马路街道", "五里堡街道"]),
        ("410104", ["北下街街道", "西大街街道", "南关街道", "城东路街道", "二里岗街道"]),
        ("410105", ["经八路街道", "花园路街道", "人民路街道", "杜岭街道", "大石桥街道", "丰产路街道"]),
        ("410108", ["新城街道", "长兴路街道", "刘寨街道", "老鸦陈街道", "大河路街道"]),
        ("4101D1", ["如意湖街道", "商都路街道", "龙子湖街道"]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (district, names) in Streets)
        {
            for (var i = 0; i < names.Length; i++)
            {
                var code = $"{district}{i + 1:000}";
                if (units.Find(code) is null)
                {
                    await store.AddAsync(new NewUnit(code, names[i], district, UnitKind.Street), "demo", cancellationToken);
                }
            }
        }
    }
}

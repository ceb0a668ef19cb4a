using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Gazette.Import;

namespace Zhili.Browser.Tests;

/// <summary>
/// G-DOC: a reader searches the gazette by a document number typed with square brackets, opens the first hit and reads
/// the document as printed (articles as paragraphs), then its source text (原文).
/// </summary>
public sealed class GazetteJourneys(BrowserApps apps) : IClassFixture<BrowserApps>
{
    private const string GazetteFile = "zhengzhou-gazette-2018-07.txt";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_a_reader_finds_66_by_its_number_and_reads_it(TestDatabase database)
    {
        await ImportAsync(database);
        var (page, _) = await apps.PageAsync(database);
        await page.GotoAsync("/gazette");
        await page.FillAsync("input[name=q]", "郑政办[2018]66号");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(new Regex(@"/gazette\?q="));
        await page.ClickAsync("ol.hits > li:first-child > a");
        await page.WaitForURLAsync(new Regex(@"/gazette/\d+$"));

        var main = await page.InnerTextAsync("main");
        main.ShouldContain("郑政办〔2018〕66号");
        main.ShouldContain("关于印发郑州市拖欠农民工工资“黑名单”管理暂行办法的通知");
        main.ShouldContain("第一条\u3000为规范拖欠农民工工资“黑名单”管理工作，");
        (await page.Locator("main h2", new() { HasTextString = "第一条" }).CountAsync()).ShouldBe(0);

        await page.ClickAsync("main a:text-is('原文')");
        await page.WaitForURLAsync(new Regex(@"/gazette/\d+/raw$"));
        (await page.InnerTextAsync("pre")).ShouldContain("郑政办 〔2018〕 66 号");
    }

    /// <summary>The July 2018 gazette from the shared folder beside the repository (idempotent: a second import adds nothing).</summary>
    private async Task ImportAsync(TestDatabase database)
    {
        var app = await apps.App(database);
        await using var scope = app.Services.CreateAsyncScope();
        var text = await File.ReadAllTextAsync(FindGazette(), TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<GazetteImporter>().ImportAsync(text, GazetteFile, "test", TestContext.Current.CancellationToken);
    }

    private static string FindGazette()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "gazette", GazetteFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/gazette/{GazetteFile} not found above {AppContext.BaseDirectory}");
    }
}

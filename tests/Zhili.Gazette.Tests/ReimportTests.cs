using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Gazette.Data;

namespace Zhili.Gazette.Tests;

/// <summary>G-DOC: `gazette reimport` brings documents stored in an older shape to the current one, and only once.</summary>
public sealed class ReimportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string WithRaw = "郑政办〔2018〕66号";
    private const string WithoutRaw = "郑政办〔2018〕68号";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_reimport_renders_old_documents_in_the_new_shape_and_a_second_run_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        using (var body = new StringContent(SharedGazette.Text, Encoding.UTF8, "text/plain"))
        {
            (await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var current66 = await ShapeAsync(app, WithRaw);
        var current68 = await ShapeAsync(app, WithoutRaw);
        await MakeOldAsync(app, WithRaw, keepRawText: true);
        await MakeOldAsync(app, WithoutRaw, keepRawText: false);
        (await ShapeAsync(app, WithRaw)).ShouldNotBe(current66);

        // From the stored raw texts: 66号 is reshaped; 68号, imported before raw texts were kept, is named.
        var first = await CommandLine.RunAsync(app.Database, "gazette", "reimport");
        first.Exit.ShouldBe(0, first.Output);
        first.Output.ShouldContain("13 documents read, 1 changed");
        first.Output.ShouldContain($"~ {WithRaw}: ");
        first.Output.ShouldContain($"? {WithoutRaw}: no raw text stored");
        (await ShapeAsync(app, WithRaw)).ShouldBe(current66);
        var page = await app.Client().GetStringAsync($"/gazette/{await IdAsync(app, WithRaw)}", Ct);
        page.ShouldContain("的，应当提前发出书面告知书"); // article 6, its punctuation restored

        var blockIds = await BlockIdsAsync(app);
        var second = await CommandLine.RunAsync(app.Database, "gazette", "reimport");
        second.Output.ShouldContain("13 documents read, 0 changed");
        (await BlockIdsAsync(app)).ShouldBe(blockIds);

        // From the gazette text given again: 68号 gets its raw text and its shape; a second run changes nothing.
        var fromFile = await CommandLine.RunAsync(app.Database, "gazette", "reimport", SharedGazette.Path);
        fromFile.Exit.ShouldBe(0, fromFile.Output);
        fromFile.Output.ShouldContain("13 documents read, 1 changed");
        fromFile.Output.ShouldContain($"~ {WithoutRaw}: ");
        (await ShapeAsync(app, WithoutRaw)).ShouldBe(current68);
        (await CommandLine.RunAsync(app.Database, "gazette", "reimport", SharedGazette.Path)).Output.ShouldContain("0 changed");
        (await CommandLine.RunAsync(app.Database, "gazette", "reimport", "no-such-file.txt")).Exit.ShouldBe(1);
    }

    /// <summary>The shape a reader sees: the document's fields and its paragraphs with their levels, markers and lines.</summary>
    private static async Task<List<string>> ShapeAsync(ZhiliFactory app, string number) => await WithDbAsync(app, async db =>
    {
        var d = await db.Documents.Include(x => x.Blocks).SingleAsync(x => x.Number == number, Ct);
        return new List<string> { d.Title, d.Recipients, d.Attachments, d.Words, d.RawText, $"{d.FirstLine}-{d.LastLine}" }
            .Concat(d.Blocks.OrderBy(b => b.Order).Select(b => $"{b.Order}|{b.Level}|{b.Marker}|{b.Text}|{b.FirstLine}-{b.LastLine}")).ToList();
    });

    /// <summary>
    /// The shape of an import before body paragraphs: half-width punctuation between Chinese characters, articles as
    /// headings, a broken line left as a paragraph of its own, no search words; and no raw text unless kept.
    /// </summary>
    private static async Task MakeOldAsync(ZhiliFactory app, string number, bool keepRawText)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GazetteDbContext>();
        var d = await db.Documents.Include(x => x.Blocks).SingleAsync(x => x.Number == number, Ct);
        foreach (var b in d.Blocks)
        {
            b.Text = b.Text.Replace("，", ", ", StringComparison.Ordinal).Replace("；", "; ", StringComparison.Ordinal)
                .Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);
            b.Level = b.Marker?.StartsWith('第') == true ? 1 : b.Level;
        }

        var longest = d.Blocks.MaxBy(b => b.Text.Length)!;
        d.Blocks.Add(new Domain.GazetteBlock { Order = d.Blocks.Count + 1, Text = longest.Text[(longest.Text.Length / 2)..] });
        longest.Text = longest.Text[..(longest.Text.Length / 2)];
        d.Words = "";
        d.RawText = keepRawText ? d.RawText : "";
        await db.SaveChangesAsync(Ct);
    }

    private static Task<int> IdAsync(ZhiliFactory app, string number) =>
        WithDbAsync(app, db => db.Documents.Where(d => d.Number == number).Select(d => d.Id).SingleAsync(Ct));

    private static Task<List<int>> BlockIdsAsync(ZhiliFactory app) =>
        WithDbAsync(app, db => db.Blocks.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(Ct));

    private static async Task<T> WithDbAsync<T>(ZhiliFactory app, Func<GazetteDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GazetteDbContext>());
    }
}

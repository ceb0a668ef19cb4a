using System.Text;

namespace Zhili.Gazette.Tests;

/// <summary>The pages render for anyone (the import page for administrators only) and the CLI imports idempotently.</summary>
public sealed class PageAndCliTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_pages_show_documents_rules_registries_and_search(TestDatabase database)
    {
        var app = await fixture.App(database);
        using var body = new StringContent(SharedGazette.Text, Encoding.UTF8, "text/plain");
        await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct);
        var client = app.Client();

        (await client.GetStringAsync("/gazette", Ct)).ShouldContain("郑政办〔2018〕68号");
        (await client.GetStringAsync("/gazette?q=" + Uri.EscapeDataString("黑名单"), Ct)).ShouldContain("<mark>黑名单</mark>");
        (await client.GetStringAsync("/gazette/rules/B-OBJ", Ct)).ShouldContain("郑政办〔2018〕66号");
        (await client.GetStringAsync("/gazette/registries", Ct)).ShouldContain("李喜安");
        (await client.GetAsync("/gazette/import", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client(TestSignIn.Admin).GetAsync("/gazette/import", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_cli_gazette_import_twice_adds_nothing_the_second_time(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        var first = await CommandLine.RunAsync(database, "gazette", "import", SharedGazette.Path);
        first.Exit.ShouldBe(0);
        first.Output.ShouldContain("13 documents added");
        var second = await CommandLine.RunAsync(database, "gazette", "import", SharedGazette.Path);
        second.Exit.ShouldBe(0);
        second.Output.ShouldContain("nothing added");
        (await CommandLine.RunAsync(database, "gazette", "import", "no-such-file.txt")).Exit.ShouldBe(1);
    }
}

using Zhili.Web.Cli;

namespace Zhili.Web.Tests;

/// <summary>The commands of the program, run as `dotnet Zhili.Web.dll ...` would, against a real database.</summary>
public sealed class CliTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_2_calendar_check_prints_the_date(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);

        // Shared README example 4: 12-28 Fri #1; 12-29 Sat make-up #2; 12-30, 12-31, 01-01 off; 01-02 #3.
        var (exit, output) = await CommandLine.RunAsync(database, "calendar", "check", "2018-12-27", "3");
        exit.ShouldBe(0);
        output.Trim().ShouldBe("2019-01-02");

        // Shared README example 3, backwards: 10-08..10-01 off; 09-30 #1; 09-29 #2.
        (await CommandLine.RunAsync(database, "calendar", "check", "2025-10-09", "-2")).Output.Trim().ShouldBe("2025-09-29");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_1_calendar_import_loads_a_year_and_refuses_a_bad_file(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        var folder = Directory.CreateTempSubdirectory("zhili-cli-").FullName;
        try
        {
            var good = Path.Combine(folder, "2032.json");
            // A test arrangement: 2032-01-01 is a Thursday.
            await File.WriteAllTextAsync(good, """{"year": 2032, "source": "test", "days": [{"date": "2032-01-01", "name": "元旦", "off": true}]}""", TestContext.Current.CancellationToken);
            var bad = Path.Combine(folder, "bad.json");
            await File.WriteAllTextAsync(bad, """{"year": 2033, "source": "test", "days": [{"date": "2034-01-01", "name": "元旦", "off": true}]}""", TestContext.Current.CancellationToken);

            var (exit, output) = await CommandLine.RunAsync(database, "calendar", "import", good);
            exit.ShouldBe(0);
            output.ShouldContain("imported 2032");
            // 2031-12-31 Wed + 1: 2032-01-01 Thu off; 01-02 Fri #1.
            (await CommandLine.RunAsync(database, "calendar", "check", "2031-12-31", "1")).Output.Trim().ShouldBe("2032-01-02");

            (exit, output) = await CommandLine.RunAsync(database, "calendar", "import", bad);
            exit.ShouldBe(1);
            output.ShouldContain("nothing changed");
            (await CommandLine.RunAsync(database, "calendar", "years")).Output.ShouldNotContain("2033");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_exits_2()
    {
        await using var database = await DatabaseInstance.CreateAsync(TestDatabase.Sqlite);
        var (exit, output) = await CommandLine.RunAsync(database, "frobnicate");
        exit.ShouldBe(2);
        output.ShouldContain("calendar check <from> <n>");
    }

    [Fact]
    public void Invocation_separates_command_words_demo_and_host_settings()
    {
        var invocation = Invocation.Parse(["calendar", "check", "2018-09-21", "-5", "--demo", "--urls", "http://127.0.0.1:5099", "--a=b"]);
        invocation.Command.ShouldBe(["calendar", "check", "2018-09-21", "-5"]);
        invocation.Demo.ShouldBeTrue();
        invocation.HostArgs.ShouldBe(["--urls", "http://127.0.0.1:5099", "--a=b"]);
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Background;

namespace Zhili.Web.Tests;

/// <summary>ARCHITECTURE rule 18: recurring work runs under one supervisor, visible on /admin/jobs and in /healthz, stopped cleanly.</summary>
public sealed class BackgroundLoopTests : IAsyncDisposable
{
    private const string Admin = "admin.test;admin;410100";
    private DatabaseInstance? database;
    private ZhiliFactory? app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ZhiliFactory> Node(TestDatabase kind)
    {
        database = await DatabaseInstance.CreateAsync(kind);
        app = new ZhiliFactory(database)
        {
            TestServices = s => s.AddBackgroundLoop<CountingLoop>().AddBackgroundLoop<FailingLoop>().AddBackgroundLoop<WaitingLoop>().AddBackgroundLoop<DrainingLoop>(),
        };
        app.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        _ = app.Server;
        return app;
    }

    private static async Task Until(Func<bool> done)
    {
        for (var i = 0; i < 300 && !done(); i++)
        {
            await Task.Delay(20, Ct);
        }

        done().ShouldBeTrue("the loop did not get there within 6 s");
    }

    private static LoopFigures Figures(ZhiliFactory node, string name) =>
        node.Services.GetRequiredService<BackgroundLoops>().Figures().Single(f => f.Name == name);

    private static async Task<JsonElement> Health(ZhiliFactory node, HttpStatusCode expected)
    {
        var response = await node.Client().GetAsync("/healthz", Ct);
        response.StatusCode.ShouldBe(expected);
        return (await response.ReadJsonAsync()).GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "background");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Loops_run_with_their_figures_on_the_jobs_page_and_in_healthz_and_a_failing_loop_is_counted(TestDatabase kind)
    {
        var node = await Node(kind);
        var counting = node.Services.GetRequiredService<CountingLoop>();
        await Until(() => counting.Runs >= 3);
        node.Clock.Advance(TimeSpan.FromSeconds(1));
        await Until(() => Figures(node, "test.failing").Failures == 1);

        var check = await Health(node, HttpStatusCode.OK);
        check.GetProperty("status").GetString().ShouldBe("Degraded");
        check.GetProperty("description").GetString()!.ShouldContain("最近一次运行失败：test.failing");
        var data = check.GetProperty("data");
        data.GetProperty("test.counting").GetProperty("runs").GetInt64().ShouldBeGreaterThanOrEqualTo(3);
        data.GetProperty("test.counting").GetProperty("failures").GetInt64().ShouldBe(0);
        data.GetProperty("test.failing").GetProperty("failures").GetInt64().ShouldBe(1);
        data.GetProperty("test.failing").GetProperty("lastError").GetString().ShouldBe("InvalidOperationException: fails on purpose");
        // The converted loops of the node run under the same supervisor.
        data.TryGetProperty("data.freshness", out _).ShouldBeTrue();
        data.TryGetProperty("hotline.duplicates", out _).ShouldBeTrue();
        data.TryGetProperty(kind == TestDatabase.Sqlite ? "hotline.intake" : "hotline.intake/2", out _).ShouldBeTrue();
        data.TryGetProperty("database.checkpoint", out _).ShouldBe(kind == TestDatabase.Sqlite);

        var page = await node.Client(Admin).GetStringAsync("/admin/jobs", Ct);
        page.ShouldContain("本节点后台循环");
        page.ShouldContain("data-loop=\"test.counting\"");
        page.ShouldContain("InvalidOperationException: fails on purpose");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Loops_a_loop_failing_for_over_ten_minutes_makes_the_node_unhealthy(TestDatabase kind)
    {
        var node = await Node(kind);
        node.Clock.Advance(TimeSpan.FromSeconds(1));
        await Until(() => Figures(node, "test.failing").Failures == 1);
        node.Clock.Advance(BackgroundHealthCheck.FailingLimit);
        await Until(() => Figures(node, "test.failing").Failures == 2);

        var check = await Health(node, HttpStatusCode.ServiceUnavailable);
        check.GetProperty("status").GetString().ShouldBe("Unhealthy");
        check.GetProperty("description").GetString()!.ShouldContain("test.failing");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Loops_stop_cleanly_with_the_host(TestDatabase kind)
    {
        var node = await Node(kind);
        var waiting = node.Services.GetRequiredService<WaitingLoop>();
        var counting = node.Services.GetRequiredService<CountingLoop>();
        var loops = node.Services.GetRequiredService<BackgroundLoops>();
        await waiting.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Figures(node, "test.waiting").Running.ShouldBeTrue();

        await node.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>().StopAsync(Ct);

        await Until(() => loops.Figures().All(f => f.Ended));
        waiting.Cancelled.ShouldBeTrue("the running body was cancelled");
        var runs = counting.Runs;
        await Task.Delay(100, Ct);
        counting.Runs.ShouldBe(runs, "no loop runs after the host stopped");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Loops_a_draining_loop_finishes_its_queue_before_the_host_has_stopped(TestDatabase kind)
    {
        var node = await Node(kind);
        var draining = node.Services.GetRequiredService<DrainingLoop>();
        var loops = node.Services.GetRequiredService<BackgroundLoops>();
        // 25 items of 20 ms each: half a second of work still queued when the stop begins.
        draining.Add(25);

        // The test host's stop returns early when the program's own shutdown stops it too: wait for the loop's end.
        await node.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>().StopAsync(Ct);
        await Until(() => loops.Figures().Single(f => f.Name == "test.draining").Ended);

        draining.Done.ShouldBe(25, "the loop stopped with items still queued");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

using System.Reflection;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Background;
using Zhili.Web;

namespace Zhili.ArchitectureTests;

/// <summary>
/// ARCHITECTURE rule 18: recurring background work runs only as a loop of <see cref="BackgroundLoops"/>, so that every
/// loop is started after start-up, visible on /admin/jobs and in /healthz, and stopped cleanly. A hosted service of its own
/// is left only for what happens once at start.
/// </summary>
public sealed class BackgroundWorkTests
{
    // Each runs once while the host starts and does no recurring work: the migrations and start-up tasks, the Quartz
    // triggers of the scheduled jobs (rule 10), and the check that the session keys are encrypted.
    private static readonly string[] StartOnly = ["DatabaseStartup", "JobScheduler", "KeyEncryptionCheck"];

    private static IEnumerable<Type> ZhiliTypes() =>
        ModuleRegistry.All.Select(m => m.GetType().Assembly).Append(typeof(ModuleRegistry).Assembly).Append(typeof(BackgroundLoops).Assembly)
            .Distinct().SelectMany(a => a.GetTypes());

    [Fact]
    public void No_hosted_loop_outside_the_background_block()
    {
        var hosted = ZhiliTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHostedService).IsAssignableFrom(t) && t != typeof(BackgroundLoops))
            .Select(t => t.Name).Order().ToList();

        hosted.Where(n => !StartOnly.Contains(n)).ShouldBeEmpty("recurring work is a loop of BackgroundLoops (IBackgroundLoop), not a hosted service");
        ZhiliTypes().Where(t => typeof(BackgroundService).IsAssignableFrom(t)).ShouldBeEmpty();
    }

    [Fact]
    public void The_five_former_hosted_loops_are_background_loops()
    {
        var loops = ZhiliTypes().Where(t => typeof(IBackgroundLoop).IsAssignableFrom(t) && t.IsClass).Select(t => t.Name).ToList();

        string[] expected = ["AuditSealingService", "SqliteCheckpointer", "FreshnessListener", "DuplicateFeed", "IntakeWriter", "JobsCatchUp"];
        expected.ShouldBeSubsetOf(loops);
    }
}

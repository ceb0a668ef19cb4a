using Shouldly;
using Xunit;

namespace Zhili.ArchitectureTests;

/// <summary>
/// ARCHITECTURE rule 18: per-node copies of database state keep fresh through the one freshness block only, so no module
/// brings back a timed reload, an expiry cache or a stamp scheme of its own.
/// </summary>
public sealed class FreshnessWayTests
{
    private const string Block = "Zhili.BuildingBlocks/Freshness/";

    [Fact]
    public void Copies_of_database_state_are_reloaded_by_version_never_by_a_timer_or_an_expiry() =>
        OneWayTests.Offenders(@"PeriodicTimer|\bRefresh\s*=\s*TimeSpan|AbsoluteExpiration|SlidingExpiration\s*=\s*TimeSpan",
            path => path.Contains(Block, StringComparison.Ordinal))
            .ShouldBeEmpty();

    [Fact]
    public void Versions_are_moved_and_pushed_by_the_freshness_block_only() =>
        OneWayTests.Offenders(@"pg_notify|""LISTEN |Version\s*\+\s*1\)|class \w*Stamp\b",
            path => path.Contains(Block, StringComparison.Ordinal) || path.Contains("/Migrations/", StringComparison.Ordinal)).ShouldBeEmpty();
}

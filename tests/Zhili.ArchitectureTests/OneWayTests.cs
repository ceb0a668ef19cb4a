using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Zhili.ArchitectureTests;

/// <summary>
/// ARCHITECTURE rules 5 and 17: one error mapping and one way to validate, so that no module brings back the old ways
/// (a catch of rule violations in an endpoint or page, a validation filter per group, a value clamped silently).
/// </summary>
public sealed class OneWayTests
{
    [Fact]
    public void Refusals_are_caught_by_the_one_mapping_only_never_by_an_endpoint_or_a_page() =>
        Offenders(@"catch \((RuleViolationException|OutOfScopeException|DbUpdateConcurrencyException|NotFoundException)",
            path => !path.Contains("/Pages/") && !path.EndsWith("Endpoints.cs", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void The_validation_filter_is_added_once_for_every_endpoint_by_the_host() =>
        Offenders(@"AddEndpointFilter<ValidationFilter>", path => path.EndsWith("Zhili.Web/Hosting/ZhiliApp.cs", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void Pages_clamp_nothing_silently_their_forms_are_refused_with_a_reason() =>
        Offenders(@"Math\.Clamp\(", path => !path.Contains("/Pages/")).ShouldBeEmpty();

    /// <summary>ARCHITECTURE rule 15: a read past the data scope says why, in a comment on it or in the three lines above it.</summary>
    [Fact]
    public void Every_read_past_the_data_scope_says_why()
    {
        var src = Path.Combine(ClockTests.RepositoryRoot(), "src");
        var unexplained = SourceFiles(src)
            .SelectMany(f =>
            {
                var lines = File.ReadAllLines(f);
                return lines.Select((line, i) => (line, i))
                    .Where(x => x.line.Contains("IgnoreQueryFilters", StringComparison.Ordinal))
                    .Where(x => !lines[Math.Max(0, x.i - 3)..(x.i + 1)].Any(l => l.Contains("data scope", StringComparison.OrdinalIgnoreCase)))
                    .Select(x => $"{Path.GetRelativePath(src, f)}:{x.i + 1}: {x.line.Trim()}");
            }).ToList();

        unexplained.ShouldBeEmpty();
    }

    /// <summary>Comments say why, with the rule id; which issue or benchmark round led there belongs to the history.</summary>
    // A singleton's SemaphoreSlim disposed with the container never wakes its waiters: requests hung at the app's stop.
    [Fact]
    public void Singletons_take_turns_through_one_gate_that_is_never_disposed() =>
        Offenders(@"\bSemaphoreSlim\b", path => path.EndsWith("Persistence/OneAtATime.cs", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void Comments_name_rules_not_issues_or_benchmark_rounds() =>
        Offenders(@"//.*\b([Ii]ssue \d+|[Hh]ardening issue|(first|second|third|fourth|fifth|sixth|seventh|eighth) round)\b", _ => false).ShouldBeEmpty();

    /// <summary>Small files: none over 200 lines but migrations.</summary>
    [Fact]
    public void No_source_file_is_over_200_lines()
    {
        var over = SourceFiles(Path.Combine(ClockTests.RepositoryRoot(), "src"))
            .Where(f => !f.Replace(Path.DirectorySeparatorChar, '/').Contains("/Migrations/", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Count() > 200)
            .Select(Path.GetFileName)
            .ToList();

        over.ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_finds_what_it_looks_for() =>
        Offenders(@"sealed class One[W]ay", _ => false, Path.Combine(ClockTests.RepositoryRoot(), "tests", "Zhili.ArchitectureTests")).ShouldHaveSingleItem();

    /// <summary>Lines of C# under <c>src/</c> (or <paramref name="root"/>) matching the pattern, outside the allowed files.</summary>
    internal static List<string> Offenders(string pattern, Func<string, bool> allowed, string? root = null)
    {
        var src = root ?? Path.Combine(ClockTests.RepositoryRoot(), "src");
        var regex = new Regex(pattern);
        return SourceFiles(src)
            .Select(f => (File: f, Path: f.Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => !allowed(f.Path))
            .SelectMany(f => File.ReadLines(f.File).Select((line, i) => (f.File, line, i)))
            .Where(x => regex.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.File)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
    }

    /// <summary>The C# files below <paramref name="root"/>, without the build's own output.</summary>
    internal static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Replace(Path.DirectorySeparatorChar, '/').Contains("/obj/", StringComparison.Ordinal));
}

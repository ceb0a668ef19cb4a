using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Zhili.ArchitectureTests;

/// <summary>ARCHITECTURE rule 6: time comes from an injected TimeProvider, so that tests can move it.</summary>
public sealed partial class ClockTests
{
    [Fact]
    public void No_production_code_reads_the_system_clock_directly()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => SystemClock().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_pattern_recognises_the_system_clock()
    {
        SystemClock().IsMatch("var now = DateTime.UtcNow;").ShouldBeTrue();
        SystemClock().IsMatch("var today = DateTime.Today;").ShouldBeTrue();
        SystemClock().IsMatch("DateTimeOffset.Now").ShouldBeTrue();
        SystemClock().IsMatch("clock.GetUtcNow()").ShouldBeFalse();
    }

    /// <summary>The folder that holds Zhili.slnx, found upwards from this source file (builds may put binaries elsewhere).</summary>
    public static string RepositoryRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhili.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Zhili.slnx not found above the test folder");
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex SystemClock();
}

using System.Runtime.CompilerServices;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Texts;

namespace Zhili.BuildingBlocks.Tests;

/// <summary>All modules share one localizer, so each Chinese text has one English across the app.</summary>
public sealed class TextsTests
{
    [Fact]
    public void Texts_refuse_a_key_two_sources_translate_differently()
    {
        var hotline = new TextSource("Hotline", new Dictionary<string, string> { ["单位"] = "Unit", ["说明"] = "Note" });
        var gazette = new TextSource("Gazette", new Dictionary<string, string> { ["单位"] = "Organisation", ["说明"] = "Note" });

        var refused = Should.Throw<InvalidOperationException>(() => new Texts.Texts([hotline, gazette]));

        refused.Message.ShouldContain("“单位”: “Unit” (Hotline) / “Organisation” (Gazette)");
        refused.Message.ShouldNotContain("说明");
    }

    [Fact]
    public void No_text_in_the_modules_has_two_English_translations()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var sources = Directory.EnumerateFiles(src, "texts.en.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f =>
            {
                using var json = File.OpenRead(f);
                return new TextSource(Path.GetRelativePath(src, f), TextSource.Read(json));
            })
            .ToList();

        // The web project and the modules each have one; finding none would prove nothing.
        sources.Count.ShouldBeGreaterThanOrEqualTo(5);
        Should.NotThrow(() => new Texts.Texts(sources));
    }

    /// <summary>The folder that holds Zhili.slnx, found upwards from this source file (builds may put binaries elsewhere).</summary>
    private static string RepositoryRoot([CallerFilePath] string here = "")
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
}

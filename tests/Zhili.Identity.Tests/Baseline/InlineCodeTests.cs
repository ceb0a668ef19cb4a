using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Zhili.Identity.Tests.Baseline;

/// <summary>
/// Issue 3 item 6: the CSP allows no inline script or style, so none may be written: no script element with a body,
/// no style element, no style attribute, no on… event attribute, no javascript: link in any page or view.
/// </summary>
public sealed partial class InlineCodeTests
{
    [Fact]
    public void No_page_or_view_has_inline_script_or_style()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Inline().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(src, f)}: {m.Value}"))
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_pattern_recognises_inline_code_and_lets_files_pass()
    {
        Inline().IsMatch("<script>alert(1)</script>").ShouldBeTrue();
        Inline().IsMatch("<style>p { color: red }</style>").ShouldBeTrue();
        Inline().IsMatch("<p style=\"color:red\">").ShouldBeTrue();
        Inline().IsMatch("<button onclick=\"go()\">").ShouldBeTrue();
        Inline().IsMatch("<a href=\"javascript:go()\">").ShouldBeTrue();
        Inline().IsMatch("<script src=\"/js/site.js\"></script>").ShouldBeFalse();
        Inline().IsMatch("<link rel=\"stylesheet\" href=\"~/css/site.css\" />").ShouldBeFalse();
    }

    /// <summary>
    /// The folder that holds Zhili.slnx, found upwards from the test binaries or, when they are built outside the
    /// repository (<c>--artifacts-path</c>), from this source file.
    /// </summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "") =>
        new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" }
            .Select(Upwards).FirstOrDefault(d => d is not null)
        ?? throw new InvalidOperationException("Zhili.slnx not found above the test binaries or sources");

    private static string? Upwards(string start)
    {
        for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhili.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();
}

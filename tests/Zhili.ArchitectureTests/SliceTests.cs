using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Zhili.ArchitectureTests;

/// <summary>
/// Modules are built of slices (ARCHITECTURE, layout): a feature's request, validator, endpoint and logic sit side by side in
/// <c>Features/&lt;Feature&gt;/</c>, and a module's registration and permissions at its root, so <c>Features/</c> itself holds folders only.
/// </summary>
public sealed partial class SliceTests
{
    private static readonly string Modules = Path.Combine(ClockTests.RepositoryRoot(), "src", "Modules");

    /// <summary>Modules whose features are not yet slices; the list may only shrink.</summary>
    private static readonly string[] NotYetSliced = ["Zhili.Gazette", "Zhili.Identity"];

    /// <summary>Slice folders whose namespace is still the parent's: their types share names with the domain's, the list may only shrink.</summary>
    private static readonly string[] NamespaceNotYetFolder = ["Zhili.Hotline/Features/Supervision"];

    [Fact]
    public void Features_roots_hold_slice_folders_only()
    {
        var loose = FeatureRoots()
            .ToDictionary(m => m.Module, m => Directory.EnumerateFiles(m.Root, "*.cs").Select(Path.GetFileName).ToList());

        loose.Keys.ShouldContain("Zhili.Hotline");
        loose.Keys.ShouldContain("Zhili.WageArrears");
        loose.Where(m => !NotYetSliced.Contains(m.Key)).SelectMany(m => m.Value.Select(f => $"{m.Key}/Features/{f}")).ShouldBeEmpty();
        NotYetSliced.Where(m => loose.GetValueOrDefault(m) is not { Count: > 0 }).ShouldBeEmpty("a listed module is now sliced: take it off the list");
    }

    [Fact]
    public void A_slice_namespace_follows_its_folder()
    {
        var files = FeatureRoots().Where(m => !NotYetSliced.Contains(m.Module))
            .SelectMany(m => OneWayTests.SourceFiles(m.Root).Select(f => (m.Module, File: f)))
            .Select(x => (Folder: Path.GetRelativePath(Modules, Path.GetDirectoryName(x.File)!).Replace(Path.DirectorySeparatorChar, '/'), x.File))
            .ToList();
        var wrong = files
            .Where(x => Namespace().Match(File.ReadAllText(x.File)) is not { Success: true } m || m.Groups[1].Value != x.Folder.Replace('/', '.'))
            .Select(x => x.Folder)
            .Distinct()
            .ToList();

        files.Select(x => x.Folder).ShouldContain("Zhili.Hotline/Features/Appeals");
        wrong.Except(NamespaceNotYetFolder).ShouldBeEmpty();
        NamespaceNotYetFolder.Except(wrong).ShouldBeEmpty("a listed folder's namespace now follows it: take it off the list");
    }

    private static IEnumerable<(string Module, string Root)> FeatureRoots() =>
        Directory.EnumerateDirectories(Modules)
            .Select(m => (Module: Path.GetFileName(m), Root: Path.Combine(m, "Features")))
            .Where(m => Directory.Exists(m.Root));

    [GeneratedRegex(@"^namespace\s+([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}

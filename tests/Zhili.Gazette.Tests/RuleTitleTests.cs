using System.Text.RegularExpressions;
using Zhili.BuildingBlocks.Texts;
using Zhili.Gazette.Citations;

namespace Zhili.Gazette.Tests;

/// <summary>
/// G-CITE: every rule's title is our own short Chinese title, and its English (in the module's texts.en.json, the
/// pages' English switch) is a whole phrase written from the rule's entry in RULES.md.
/// </summary>
public sealed partial class RuleTitleTests
{
    private static readonly string Rules = File.ReadAllText(Path.Combine(Path.GetDirectoryName(SharedGazette.Path)!, "RULES.md"));

    // Read the way the app reads it: the module's embedded texts.en.json.
    private static readonly IReadOnlyDictionary<string, string> English = new TextSource(typeof(RuleCatalog).Assembly).English;

    [Fact]
    public void G_CITE_every_rule_has_a_Chinese_title_of_its_own()
    {
        foreach (var rule in RuleCatalog.All)
        {
            rule.Title.All(char.IsAscii).ShouldBeFalse($"{rule.Id}: {rule.Title}");
            Cjk().IsMatch(rule.Title).ShouldBeTrue($"{rule.Id}: {rule.Title}");
        }

        // The title is the key of its English: two rules with one title would share one English text.
        RuleCatalog.All.Select(r => r.Title).ShouldBeUnique();
    }

    [Fact]
    public void G_CITE_every_rule_title_has_its_English_in_the_module_texts()
    {
        foreach (var rule in RuleCatalog.All)
        {
            English.ShouldContainKey(rule.Title, rule.Id);
            var en = English[rule.Title];
            en.ShouldNotBeNullOrWhiteSpace(rule.Id);
            Cjk().IsMatch(en).ShouldBeFalse($"{rule.Id}: {en}");
            RuleTitles.English(rule).ShouldBe(en);
        }
    }

    [Fact]
    public void G_CITE_no_English_rule_title_ends_mid_word()
    {
        var entries = RuleEntry().Matches(Rules).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        foreach (var rule in RuleCatalog.All)
        {
            var en = English[rule.Title];
            var entry = entries[rule.Id];
            var what = $"{rule.Id}: \"{en}\"";
            // A whole phrase ends on a letter or digit: not on a space, an apostrophe or a hyphen ("… each operator'").
            char.IsAsciiLetterOrDigit(en[^1]).ShouldBeTrue(what);
            // Its last word is a whole word of the rule's entry ("… discipline inspecti" is not: the entry says "inspection").
            var last = Word().Matches(en)[^1].Value;
            Regex.IsMatch(entry, $@"\b{Regex.Escape(last)}\b", RegexOptions.IgnoreCase).ShouldBeTrue(what);
            // And it is not the entry's own opening cut off inside a word.
            (entry.StartsWith(en, StringComparison.Ordinal) && char.IsLetter(entry[en.Length])).ShouldBeFalse(what);
        }
    }

    // A rule's entry runs from its id to the next entry or heading (as in RuleCatalogTests).
    [GeneratedRegex(@"^- \*\*([A-Z]-[A-Z0-9]+(?:-\d+)?)\*\*(.*?)(?=^- \*\*|^#|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RuleEntry();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();
}

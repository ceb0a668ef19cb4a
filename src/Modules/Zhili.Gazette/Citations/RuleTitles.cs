using Zhili.BuildingBlocks.Texts;

namespace Zhili.Gazette.Citations;

/// <summary>
/// G-CITE: a rule's title is written in Chinese and, like every text of the pages, its English is in the module's
/// texts.en.json. Pages translate it with the shared localizer (<c>T[rule.Title]</c>); the API answers both.
/// </summary>
public static class RuleTitles
{
    /// <summary>The module's English texts, read from the same embedded texts.en.json the module gives the localizer.</summary>
    public static TextSource Texts { get; } = new(typeof(RuleTitles).Assembly);

    /// <summary>The English title; the Chinese one where no English is written, as the pages would show it.</summary>
    public static string English(RuleCitation rule) => Texts.English.GetValueOrDefault(rule.Title, rule.Title);
}

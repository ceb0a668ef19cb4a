using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Zhili.BuildingBlocks.Texts;

/// <summary>
/// The one string localizer of the app: Chinese is written in the pages and is the key; English comes from the
/// modules' <see cref="TextSource"/>s. A text without a translation shows in Chinese rather than as a key.
/// </summary>
public sealed class Texts : IStringLocalizer
{
    private readonly Dictionary<string, string> english = new(StringComparer.Ordinal);

    public Texts(IEnumerable<TextSource> sources)
    {
        foreach (var source in sources)
        {
            foreach (var (key, value) in source.English)
            {
                english[key] = value;
            }
        }
    }

    public LocalizedString this[string name] => Translate(name, null);

    public LocalizedString this[string name, params object[] arguments] => Translate(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        english.Select(e => new LocalizedString(e.Key, IsEnglish ? e.Value : e.Key));

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private LocalizedString Translate(string name, object[]? arguments)
    {
        var found = english.TryGetValue(name, out var en);
        var text = IsEnglish && found ? en! : name;
        if (arguments is { Length: > 0 })
        {
            text = string.Format(CultureInfo.CurrentCulture, text, arguments);
        }

        return new LocalizedString(name, text, resourceNotFound: IsEnglish && !found);
    }
}

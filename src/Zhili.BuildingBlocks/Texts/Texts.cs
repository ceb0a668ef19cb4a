namespace Zhili.BuildingBlocks.Texts;

/// <summary>
/// The one string localizer of the app: Chinese is written in the pages and is the key; English comes from the
/// modules' <see cref="TextSource"/>s. A text without a translation shows in Chinese rather than as a key.
/// All modules share one localizer, so a Chinese text has one English across the app: a key two sources
/// translate differently is refused when the texts load, rather than showing whichever module loaded last.
/// </summary>
public sealed class Texts : IStringLocalizer
{
    private readonly Dictionary<string, string> english = new(StringComparer.Ordinal);

    public Texts(IEnumerable<TextSource> sources)
    {
        var from = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var source in sources)
        {
            foreach (var (key, value) in source.English)
            {
                if (english.TryGetValue(key, out var earlier) && earlier != value)
                {
                    conflicts.Add($"“{key}”: “{earlier}” ({from[key]}) / “{value}” ({source.Name})");
                    continue;
                }

                english[key] = value;
                from.TryAdd(key, source.Name);
            }
        }

        if (conflicts.Count > 0)
        {
            throw new InvalidOperationException("A text has two English translations: " + string.Join("; ", conflicts));
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

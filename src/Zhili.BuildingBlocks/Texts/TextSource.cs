namespace Zhili.BuildingBlocks.Texts;

/// <summary>
/// A module's English texts: an embedded <c>texts.en.json</c> mapping the Chinese text (the key, and the
/// zh-CN default) to its English translation.
/// </summary>
public sealed class TextSource
{
    public TextSource(Assembly assembly)
    {
        Name = assembly.GetName().Name ?? "?";
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("texts.en.json", StringComparison.Ordinal));
        if (name is null)
        {
            English = new Dictionary<string, string>();
            return;
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        English = Read(stream);
    }

    public TextSource(string name, IReadOnlyDictionary<string, string> english)
    {
        Name = name;
        English = english;
    }

    /// <summary>Where the texts come from (the module's assembly), named when two sources disagree.</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, string> English { get; }

    public static IReadOnlyDictionary<string, string> Read(Stream json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}

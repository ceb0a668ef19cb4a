using System.Reflection;
using System.Text.Json;

namespace Zhili.BuildingBlocks.Texts;

/// <summary>
/// A module's English texts: an embedded <c>texts.en.json</c> mapping the Chinese text (the key, and the
/// zh-CN default) to its English translation.
/// </summary>
public sealed class TextSource
{
    public TextSource(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("texts.en.json", StringComparison.Ordinal));
        if (name is null)
        {
            English = new Dictionary<string, string>();
            return;
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        English = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }

    public IReadOnlyDictionary<string, string> English { get; }
}

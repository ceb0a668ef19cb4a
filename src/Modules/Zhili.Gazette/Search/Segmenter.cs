using JiebaNet.Segmenter;

namespace Zhili.Gazette.Search;

/// <summary>
/// Chinese word segmentation for the full-text index (STACK-NOTES 7): jieba's search-mode words, plus the character
/// bigrams of every longer word, so that a two-character query (路长) also finds the longer word (路长制).
/// </summary>
public sealed class Segmenter
{
    private readonly Lock gate = new();
    private readonly JiebaSegmenter jieba;

    public Segmenter()
    {
        // The dictionaries are copied beside the assemblies (csproj), whatever the working folder is.
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        jieba = new JiebaSegmenter();
        foreach (var word in DomainWords)
        {
            jieba.AddWord(word);
        }
    }

    private static readonly string[] DomainWords = ["路长制", "路长", "总路长", "黑名单", "联席会议", "领导小组", "健康养老"];

    /// <summary>The words of a text for the index, space-joined.</summary>
    public string Index(string text)
    {
        List<string> words;
        lock (gate)
        {
            words = jieba.CutForSearch(text).ToList();
        }

        var tokens = new List<string>(words.Count * 2);
        foreach (var word in words.Select(w => w.Trim()).Where(IsWord))
        {
            tokens.Add(word);
            for (var i = 0; word.Length > 2 && i + 1 < word.Length; i++)
            {
                tokens.Add(word.Substring(i, 2));
            }
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The words of a query (each must match).</summary>
    public IReadOnlyList<string> Query(string query)
    {
        lock (gate)
        {
            return jieba.Cut(query).Select(w => w.Trim()).Where(IsWord).Distinct().ToList();
        }
    }

    private static bool IsWord(string w) => w.Length > 0 && w.Any(char.IsLetterOrDigit);
}

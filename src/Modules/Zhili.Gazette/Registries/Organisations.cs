namespace Zhili.Gazette.Registries;

/// <summary>Best effort: the organisation part of a post as printed (市农委主任 → 市农委; 市教育局局长 → 市教育局).</summary>
public static class Organisations
{
    private static readonly string[] Suffixes =
        ["办公厅", "办公室", "委员会", "政府", "研究院", "大学", "中心", "法院", "检察院", "局", "委", "院", "办", "厅", "所", "部"];

    public static string Of(string post)
    {
        var head = post.Split('、', '，', ',')[0];
        var best = -1;
        foreach (var suffix in Suffixes)
        {
            // The last occurrence that leaves a title of at least two characters (所所长 → …所 + 所长).
            for (var at = head.LastIndexOf(suffix, StringComparison.Ordinal); at >= 0;
                 at = at == 0 ? -1 : head.LastIndexOf(suffix, at - 1, StringComparison.Ordinal))
            {
                var end = at + suffix.Length;
                if (head.Length - end >= 2)
                {
                    best = Math.Max(best, end);
                    break;
                }
            }
        }

        return best > 0 ? head[..best] : "";
    }
}

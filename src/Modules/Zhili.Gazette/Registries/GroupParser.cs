namespace Zhili.Gazette.Registries;

public sealed record ParsedMember(string GroupName, string Role, string Name, string Post, string Organisation);

/// <summary>
/// G-GROUP: the member lists of leading groups and joint meetings. A list opens with a role line (组长: / 召集人: …);
/// each member line is a name, a gap and the post; a short line without punctuation continues the post above it.
/// </summary>
public static partial class GroupParser
{
    private const int MaxContinuationWidth = 14;

    public static List<ParsedMember> Parse(ParsedDocument document)
    {
        var members = new List<ParsedMember>();
        var body = document.Body;
        string? role = null;
        string? group = null;
        for (var i = 0; i < body.Count; i++)
        {
            var raw = body[i].Raw;
            var roleMatch = RoleLine().Match(raw);
            if (roleMatch.Success)
            {
                role = GazetteText.Normalize(roleMatch.Groups["role"].Value);
                group ??= GroupName(document, body, i);
                raw = roleMatch.Groups["rest"].Value;
            }
            else if (role is null)
            {
                continue;
            }

            var member = MemberLine().Match(raw.Trim());
            if (member.Success && group is not null)
            {
                members.Add(new ParsedMember(group, role, GazetteText.Normalize(member.Groups["name"].Value),
                    GazetteText.Normalize(member.Groups["post"].Value), ""));
            }
            else if (members.Count > 0 && IsContinuation(body[i].Text) && !roleMatch.Success)
            {
                var last = members[^1];
                members[^1] = last with { Post = GazetteText.Join([last.Post, body[i].Text]) };
            }
            else
            {
                (role, group) = (null, null);
            }
        }

        AddOfficeDirectors(document, members);
        return members.Select(m => m with { Organisation = Organisations.Of(m.Post) }).ToList();
    }

    private static bool IsContinuation(string text) =>
        GazetteText.Width(text) <= MaxContinuationWidth && !text.Any(c => "，,。；:：".Contains(c, StringComparison.Ordinal));

    /// <summary>The group's name from the title (关于成立…领导小组的通知) or the sentence just above the list.</summary>
    private static string GroupName(ParsedDocument document, IReadOnlyList<SourceLine> body, int at)
    {
        var above = GazetteText.Join(body.Skip(Math.Max(0, at - 3)).Take(Math.Min(3, at)).Select(l => l.Text));
        foreach (var text in new[] { above, document.Title })
        {
            var m = GroupInText().Match(text);
            if (m.Success)
            {
                return m.Groups["name"].Value;
            }
        }

        return document.Title;
    }

    /// <summary>"周亚民同志兼任办公室主任": a member who also heads the office gets that role too.</summary>
    private static void AddOfficeDirectors(ParsedDocument document, List<ParsedMember> members)
    {
        var text = GazetteText.Join(document.Blocks.Select(b => b.Text));
        foreach (Match m in ConcurrentDirector().Matches(text))
        {
            if (members.FirstOrDefault(x => x.Name == m.Groups["name"].Value) is { } member)
            {
                members.Add(member with { Role = m.Groups["role"].Value });
            }
        }
    }

    [GeneratedRegex(@"^(?<role>(?:[副]?\s*(?:组|召\s*集|秘\s*书)\s*[长人]|成[\s\u3000]*员|办\s*公\s*室\s*副?\s*主\s*任))\s*[:：]\s*(?<rest>.*)$")]
    private static partial Regex RoleLine();

    // A name is two to four Chinese characters (a two-character name is printed with a gap: 王　 举), then a gap.
    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}(?:[\s\u3000]*\p{IsCJKUnifiedIdeographs}){1,3}?)[\s\u3000]+(?<post>\S.*)$")]
    private static partial Regex MemberLine();

    [GeneratedRegex(@"(?:成立|建立|调整)(?<name>[^，,。:：]{2,40}?(?:领导小组|联席会议|委员会|指挥部))")]
    private static partial Regex GroupInText();

    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2,3})同志兼任(?<role>办公室主任)")]
    private static partial Regex ConcurrentDirector();
}

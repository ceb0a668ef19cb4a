namespace Zhili.Gazette.Registries;

public sealed record ParsedCoalMine(int Seq, string Name, string Nature, string Address, int Capacity);

/// <summary>
/// G-LIST: the coal-mine closure table (序号 煤矿名称 煤矿性质 煤矿地址 能力). Cells wrap over several lines; a row
/// starts at a line opening with the next serial number, its last cell is the capacity and the nature column is one
/// of the table's kinds. The printed total (合计) is read too, so a mismatch can be reported.
/// </summary>
public static partial class CoalMineParser
{
    // The 煤矿性质 column's vocabulary as printed in the table.
    private static readonly string[] Natures = ["直管", "兼并重组", "地方矿"];

    public static (List<ParsedCoalMine> Mines, int? PrintedTotal) Parse(ParsedDocument document)
    {
        var mines = new List<ParsedCoalMine>();
        if (!document.Title.Contains("煤矿", StringComparison.Ordinal))
        {
            return (mines, null);
        }

        var body = document.Body.ToList();
        var totalAt = body.FindIndex(l => Total().IsMatch(l.Text));
        if (totalAt < 0)
        {
            return (mines, null);
        }

        var printed = int.Parse(Total().Match(body[totalAt].Text).Groups["n"].Value, CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        foreach (var line in body.Skip(totalAt + 1))
        {
            var tokens = line.Raw.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 0 && tokens[0] == (rows.Count + 1).ToString(CultureInfo.InvariantCulture))
            {
                rows.Add([]);
            }

            rows.LastOrDefault()?.AddRange(tokens);
        }

        foreach (var row in rows)
        {
            var nature = row.FindIndex(t => Natures.Contains(t));
            if (nature < 2 || !int.TryParse(row[^1], CultureInfo.InvariantCulture, out var capacity))
            {
                continue;
            }

            mines.Add(new ParsedCoalMine(int.Parse(row[0], CultureInfo.InvariantCulture),
                GazetteText.Normalize(string.Join(' ', row[1..nature])), row[nature],
                GazetteText.Normalize(string.Join(' ', row[(nature + 1)..^1])), capacity));
        }

        return (mines, printed);
    }

    [GeneratedRegex(@"^合计(?<n>\d+)$")]
    private static partial Regex Total();
}

using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zhili.BuildingBlocks.Documents;

/// <summary>Streams one sheet into its part: frozen header row, widths measured on the first rows, typed cells.</summary>
internal static class SheetWriter
{
    /// <summary>Widths are measured on this many rows, so that a long export still streams.</summary>
    private const int MeasuredRows = 1000;

    /// <summary>Excel's limit on one cell's text.</summary>
    private const int CellLimit = 32_767;

    public static void Write(WorksheetPart part, Sheet sheet, bool selected)
    {
        var formats = sheet.Formats;
        using var rows = sheet.Rows().GetEnumerator();
        var first = new List<object?[]>();
        while (first.Count < MeasuredRows && rows.MoveNext())
        {
            first.Add(rows.Current);
        }

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = selected, WorkbookViewId = 0 }));
        if (sheet.Headers.Count > 0)
        {
            writer.WriteElement(Widths(sheet.Headers, first, formats));
        }

        writer.WriteStartElement(new SheetData());
        writer.WriteElement(Row(1, [.. sheet.Headers], formats, header: true));
        uint n = 2;
        foreach (var row in first)
        {
            writer.WriteElement(Row(n++, row, formats, header: false));
        }

        while (rows.MoveNext())
        {
            writer.WriteElement(Row(n++, rows.Current, formats, header: false));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Row Row(uint number, object?[] values, IReadOnlyList<ColumnFormat> formats, bool header)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            if (Cell(values[i], header ? null : formats[i]) is { } cell)
            {
                cell.CellReference = Letters(i) + number.ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }
        }

        return row;
    }

    private static Cell? Cell(object? value, ColumnFormat? format) => value switch
    {
        null => null,
        string s => new Cell(new InlineString(new Text(Clean(s)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString, StyleIndex = format is null ? Workbook.Header : Workbook.General,
        },
        int or long or short or uint => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), format),
        double d when double.IsFinite(d) => Number(d, format),
        float or decimal => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), format),
        double => null,
        _ => Cell(Convert.ToString(value, CultureInfo.InvariantCulture), format),
    };

    private static Cell Number(double value, ColumnFormat? format) => new(new CellValue(value))
    {
        DataType = CellValues.Number,
        StyleIndex = format switch { ColumnFormat.Count => Workbook.Whole, ColumnFormat.Percent => Workbook.Percent, _ => Workbook.General },
    };

    private static Columns Widths(IReadOnlyList<string> headers, List<object?[]> rows, IReadOnlyList<ColumnFormat> formats)
    {
        var columns = new Columns();
        for (var i = 0; i < headers.Count; i++)
        {
            var widest = rows.Select(r => Shown(r[i], formats[i])).Append(headers[i]).Max(Width);
            var width = Math.Clamp(widest + 2, 8, 60);
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static string Shown(object? value, ColumnFormat format) => value switch
    {
        null => "",
        double d when format == ColumnFormat.Percent => d.ToString("0.0%", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Character cells: a Chinese character is about two Latin ones wide; the longest line counts.</summary>
    private static int Width(string text) =>
        text.Split('\n').Max(line => line.Sum(c => c >= '\u2E80' ? 2 : 1));

    private static string Letters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>XML cannot carry control characters; they become U+FFFD. Over-long text is cut to what a cell holds.</summary>
    private static string Clean(string s)
    {
        if (s.Length > CellLimit)
        {
            s = s[..CellLimit];
        }

        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s, i))
            {
                b.Append(s, i++, 2);
            }
            else
            {
                b.Append(XmlConvert.IsXmlChar(s[i]) ? s[i] : '\uFFFD');
            }
        }

        return b.ToString();
    }
}

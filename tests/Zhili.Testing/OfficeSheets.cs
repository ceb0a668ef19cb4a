using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Zhili.Testing;

/// <summary>One cell as a reader of the workbook finds it: a string, or a number with its number format code.</summary>
public sealed record SheetCell(string? Text, double? Number, string? Format);

/// <summary>Reads generated .xlsx workbooks with the Open XML SDK, as Excel would.</summary>
public static class OfficeSheets
{
    private static readonly Dictionary<uint, string> BuiltIn = new() { [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [9] = "0%", [10] = "0.00%" };

    /// <summary>Every sheet: valid, first row frozen, a width for every header column, headers as text.</summary>
    public static IReadOnlyList<string> Problems(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var problems = new OpenXmlValidator().Validate(document).Select(e => "schema: " + e.Description).ToList();
        foreach (var (name, part) in Sheets(document))
        {
            var pane = part.Worksheet!.Descendants<Pane>().SingleOrDefault();
            if (pane is not { State.Value: var state, VerticalSplit.Value: 1, TopLeftCell.Value: "A2" } || state != PaneStateValues.Frozen)
            {
                problems.Add($"{name}: the header row is not frozen");
            }

            var header = part.Worksheet.Descendants<Row>().FirstOrDefault();
            var cells = header?.Elements<Cell>().ToList() ?? [];
            if (cells.Count == 0 || cells.Any(c => c.DataType?.Value != CellValues.InlineString && c.DataType?.Value != CellValues.SharedString))
            {
                problems.Add($"{name}: the first row is not a row of headers");
            }

            var widths = part.Worksheet.Descendants<Column>().Where(c => c.CustomWidth?.Value == true && c.Width?.Value > 0).ToList();
            if (widths.Count < cells.Count)
            {
                problems.Add($"{name}: {cells.Count - widths.Count} columns have no width");
            }
        }

        return problems;
    }

    public static IReadOnlyList<string> Names(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return Sheets(document).Select(s => s.Name).ToList();
    }

    /// <summary>The cells under <paramref name="header"/> in <paramref name="sheet"/>, row by row (null for an empty cell).</summary>
    public static IReadOnlyList<SheetCell?> Column(byte[] xlsx, string sheet, string header)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = Sheets(document).Single(s => s.Name == sheet).Part;
        var formats = document.WorkbookPart!.WorkbookStylesPart?.Stylesheet;
        var rows = part.Worksheet!.Descendants<Row>().ToList();
        var cellsOfHeader = rows[0].Elements<Cell>().ToList();
        var column = Letters(cellsOfHeader.Single(c => c.InnerText == header).CellReference!.Value!);
        return rows.Skip(1).Select(r => r.Elements<Cell>().SingleOrDefault(c => Letters(c.CellReference!.Value!) == column) is { } c
            ? Read(c, formats) : null).ToList();
    }

    private static SheetCell Read(Cell c, Stylesheet? styles)
    {
        if (c.DataType?.Value != CellValues.Number && c.DataType is not null)
        {
            return new SheetCell(c.InnerText, null, null);
        }

        var xf = styles?.CellFormats?.Elements<CellFormat>().ElementAtOrDefault((int)(c.StyleIndex?.Value ?? 0));
        var id = xf?.NumberFormatId?.Value ?? 0;
        var code = styles?.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
            ?? BuiltIn.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new SheetCell(null, double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), code);
    }

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private static IEnumerable<(string Name, WorksheetPart Part)> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => (s.Name!.Value!, (WorksheetPart)workbook.GetPartById(s.Id!.Value!)));
    }
}

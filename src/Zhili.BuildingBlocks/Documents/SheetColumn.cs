namespace Zhili.BuildingBlocks.Documents;

/// <summary>How a column's numbers are shown; text columns hold strings (and numbers as General).</summary>
public enum ColumnFormat
{
    Text,

    /// <summary>Counts: whole numbers, format <c>0</c>.</summary>
    Count,

    /// <summary>Rates held as ratios (0.667) and shown as <c>0.0%</c> (66.7%).</summary>
    Percent,

    /// <summary>Measures with decimals (coordinates), shown as Excel's General.</summary>
    Number,
}

/// <summary>One column of a sheet: its Chinese header, how a row gives its value, and how the value is shown.</summary>
public sealed record SheetColumn<T>(string Header, Func<T, object?> Value, ColumnFormat Format = ColumnFormat.Text);

/// <summary>One sheet of a <see cref="Workbook"/>: rows are read once, in order, so a long query can stream into it.</summary>
public abstract class Sheet(string name)
{
    public string Name { get; } = name;

    internal abstract IReadOnlyList<string> Headers { get; }

    internal abstract IReadOnlyList<ColumnFormat> Formats { get; }

    internal abstract IEnumerable<object?[]> Rows();
}

public sealed class Sheet<T>(string name, IEnumerable<T> rows, IReadOnlyList<SheetColumn<T>> columns) : Sheet(name)
{
    internal override IReadOnlyList<string> Headers => columns.Select(c => c.Header).ToList();

    internal override IReadOnlyList<ColumnFormat> Formats => columns.Select(c => c.Format).ToList();

    internal override IEnumerable<object?[]> Rows() => rows.Select(r => columns.Select(c => c.Value(r)).ToArray());
}

/// <summary>Two-column notes sheets (项目 / 内容) that say what a workbook holds.</summary>
public static class NotesSheet
{
    public static Sheet<(string Item, string Value)> Of(string name, IEnumerable<(string Item, string Value)> notes) =>
        new(name, notes, [new("项目", n => n.Item), new("内容", n => n.Value)]);
}

namespace Zhili.Kernel.Calendar;

/// <summary>
/// Holiday data that cannot be used. <see cref="Messages"/> lists every fault found,
/// each as a readable Chinese + English message such as
/// "days[3].date: 2027-02-30 不是有效日期 (not a valid date)".
/// </summary>
public sealed class CalendarDataException : Exception
{
    public CalendarDataException()
        : this("节假日数据无效 (invalid holiday data)")
    {
    }

    public CalendarDataException(string message)
        : base(message)
    {
        Messages = [message];
    }

    public CalendarDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Messages = [message];
    }

    public CalendarDataException(IReadOnlyList<string> errors)
        : base(BuildMessage(errors))
    {
        Messages = errors.ToArray();
    }

    /// <summary>Every fault found, in document order.</summary>
    public IReadOnlyList<string> Messages { get; }

    private static string BuildMessage(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return "节假日数据无效 (invalid holiday data): " + string.Join("; ", errors);
    }
}

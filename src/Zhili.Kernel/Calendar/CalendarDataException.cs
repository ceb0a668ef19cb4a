namespace Zhili.Kernel.Calendar;

/// <summary>
/// Holiday data that cannot be used. <see cref="Messages"/> lists every fault found,
/// each as a readable Chinese + English message such as
/// "days[3].date: 2027-02-30 不是有效日期 (not a valid date)".
/// </summary>
public sealed class CalendarDataException(IReadOnlyList<string> errors)
    : Exception("节假日数据无效 (invalid holiday data): " + string.Join("; ", errors))
{
    /// <summary>Every fault found, in document order.</summary>
    public IReadOnlyList<string> Messages { get; } = [.. errors];
}

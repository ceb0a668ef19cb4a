namespace Zhili.Kernel.Calendar;

/// <summary>
/// One date that differs from the plain Monday–Friday rule (K-WD-1):
/// <paramref name="Off"/> = true is a statutory day off, false is a weekend make-up working day (调休上班).
/// </summary>
public sealed record HolidayDay(DateOnly Date, string Name, bool Off);

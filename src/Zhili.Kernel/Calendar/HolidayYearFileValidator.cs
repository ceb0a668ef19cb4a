namespace Zhili.Kernel.Calendar;

/// <summary>K-WD-1: what the file's types cannot say. Every fault is listed, each named by its JSON field.</summary>
internal sealed class HolidayYearFileValidator : AbstractValidator<HolidayYearFile>
{
    public HolidayYearFileValidator()
    {
        RuleFor(f => f.Year).InclusiveBetween(HolidayYear.MinYear, HolidayYear.MaxYear).OverridePropertyName("year")
            .WithMessage(f => $"{f.Year} 超出 {HolidayYear.MinYear}–{HolidayYear.MaxYear} 范围 " +
                              $"(year must be between {HolidayYear.MinYear} and {HolidayYear.MaxYear})");
        RuleFor(f => f.Source).Must(s => !string.IsNullOrWhiteSpace(s)).OverridePropertyName("source")
            .WithMessage("不能为空 (must not be empty)");
        RuleFor(f => f.Days).NotEmpty().OverridePropertyName("days").WithMessage("不能为空 (must list at least one date)");
        RuleFor(f => f.Days).Custom((days, context) => CheckDays(context.InstanceToValidate.Year, days, context));
    }

    /// <summary>Exactly yyyy-MM-dd (four, two and two ASCII digits) and a real calendar date.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static void CheckDays(int year, IReadOnlyList<HolidayYearFile.Day?> days, ValidationContext<HolidayYearFile> context)
    {
        var yearInRange = year is >= HolidayYear.MinYear and <= HolidayYear.MaxYear;
        DateOnly? previous = null;
        for (var i = 0; i < days.Count; i++)
        {
            var path = $"days[{i}]";
            if (days[i] is not { } day)
            {
                context.AddFailure(path, "必须是对象，不能为 null (must be an object, not null)");
                continue;
            }

            var dateIsValid = TryParseDate(day.Date, out var date);
            if (!dateIsValid)
            {
                context.AddFailure($"{path}.date", $"{day.Date} 不是有效日期 (not a valid date, expected yyyy-MM-dd)");
            }

            if (string.IsNullOrWhiteSpace(day.Name))
            {
                context.AddFailure($"{path}.name", "必须是非空字符串 (must be a non-empty string)");
            }

            if (!dateIsValid)
            {
                continue;
            }

            if (yearInRange && date.Year != year)
            {
                context.AddFailure($"{path}.date", $"{day.Date} 不在 {year} 年内 (date is not in year {year})");
            }

            if (date == previous)
            {
                context.AddFailure($"{path}.date", $"{day.Date} 重复 (duplicate date)");
            }
            else if (date < previous)
            {
                context.AddFailure($"{path}.date", $"{day.Date} 未按升序排列，前一条是 {Iso(previous.Value)} " +
                                                   $"(dates must be sorted ascending; the previous one is {Iso(previous.Value)})");
            }

            // K-WD-1: a make-up working day (调休上班) is always a weekend day.
            if (!day.Off && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                context.AddFailure(path, $"{day.Date} 是{Weekday(date.DayOfWeek)}，off:false 只能用于星期六或星期日 " +
                                         $"(off:false marks a make-up working day and must be a Saturday or Sunday; {day.Date} is a {date.DayOfWeek})");
            }

            previous = previous > date ? previous : date;
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Weekday(DayOfWeek d) => "星期" + "日一二三四五六"[(int)d];
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Kernel.Features.Calendar;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Working-day calendar 工作日");
        calendar.MapGet("/add", Add).WithName("AddWorkingDays").PublicSurface()
            .WithSummary("The N-th working day after (n > 0) or before (n < 0) a date, and the deadline it gives (K-WD-2)");
        calendar.MapGet("/between", Between).WithName("WorkingDaysBetween").PublicSurface()
            .WithSummary("Working days in (from, to] (K-WD-3)");
        calendar.MapGet("/years", Years).WithName("CalendarYears").PublicSurface()
            .WithSummary("The years with holiday data, which of them an administrator imported, and the years used without data");
        calendar.MapGet("/years/{year:int}", Year).WithName("CalendarYear").PublicSurface()
            .WithSummary("Every rest day and make-up working day of a year, with its working-day total");
        calendar.MapPost("/years", Import).WithName("ImportCalendarYear").RequireAuthorization(Policies.CityAdministrator)
            .Accepts<HolidayFile>("application/json")
            .WithSummary("Load a year's arrangement (the JSON schema of the shipped files); replaces that year (administrators)");
    }

    private static Results<Ok<AddAnswer>, ProblemHttpResult> Add(IWorkingDayCalendar calendar, string? from, int? n)
    {
        var day = ParseDate("from", from, out var problem);
        if (problem is not null)
        {
            return problem;
        }

        if (n is null or 0 || Math.Abs(n.Value) > 3650)
        {
            return Problems.Invalid("n", "n 应为 1 到 3650 之间的整数，负数表示向前数（n must be a non-zero integer within ±3650）", "K-WD-2");
        }

        var result = calendar.AddWorkingDays(day, n.Value);
        return TypedResults.Ok(new AddAnswer(day, n.Value, result, n > 0 ? calendar.EndOfDayUtc(result) : null,
            calendar.Coverage.Covers(day) && calendar.Coverage.Covers(result), "K-WD-2"));
    }

    private static Results<Ok<BetweenAnswer>, ProblemHttpResult> Between(IWorkingDayCalendar calendar, string? from, string? to)
    {
        var start = ParseDate("from", from, out var problem);
        var end = problem is null ? ParseDate("to", to, out problem) : default;
        return problem is not null ? problem : TypedResults.Ok(new BetweenAnswer(start, end, calendar.WorkingDaysBetween(start, end), "K-WD-3"));
    }

    private static async Task<Ok<YearsAnswer>> Years(CalendarStore store, CalendarHolder holder, CancellationToken ct)
    {
        var imported = await store.ImportedAsync(ct);
        return TypedResults.Ok(new YearsAnswer(holder.Coverage.Years,
            imported.Select(y => new ImportedYear(y.Year, y.Source, y.ImportedAt, y.ImportedBy)).ToList(),
            holder.UncoveredYearsTouched.Order().ToList()));
    }

    private static Results<Ok<YearAnswer>, ProblemHttpResult> Year(int year, IWorkingDayCalendar calendar, CalendarHolder holder) =>
        year <= EdgeRanges.First.Year || year > EdgeRanges.Last.Year
            ? Problems.Invalid("year", $"年份应在 {EdgeRanges.First.Year + 1} 至 {EdgeRanges.Last.Year} 之间")
            : TypedResults.Ok(YearOf(year, calendar, holder));

    private static YearAnswer YearOf(int year, IWorkingDayCalendar calendar, CalendarHolder holder)
    {
        var data = holder.Years.FirstOrDefault(y => y.Year == year);
        var total = calendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));
        return new YearAnswer(year, data is not null, data?.Source, total, data?.Days.Select(d => new YearDay(d.Date, d.Name, d.Off)).ToList() ?? []);
    }

    private static async Task<Results<Created<YearAnswer>, ProblemHttpResult>> Import(
        HttpRequest request, CalendarStore store, IWorkingDayCalendar calendar, CalendarHolder holder, ClaimsPrincipal user, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        try
        {
            var year = await store.ImportAsync(json, user.Identity?.Name, ct);
            return TypedResults.Created($"/api/v1/kernel/calendar/years/{year.Year}", YearOf(year.Year, calendar, holder));
        }
        catch (CalendarDataException e)
        {
            return Problems.Invalid(e.Messages.Select(m => new Violation("file", m, "K-WD-1")));
        }
    }

    private static DateOnly ParseDate(string field, string? text, out ProblemHttpResult? problem)
    {
        problem = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problem = EdgeRanges.Holds(day) ? null : Problems.Invalid([EdgeRanges.OutOfRange(field)]);
            return day;
        }

        problem = Problems.Invalid(field, $"“{text}”不是 yyyy-MM-dd 格式的日期（expected an ISO date such as 2018-09-21）");
        return default;
    }
}

public sealed record HolidayFile(int Year, string Source, IReadOnlyList<YearDay> Days);

public sealed record AddAnswer(DateOnly From, int N, DateOnly Result, DateTime? DeadlineUtc, bool CoveredByData, string Rule);

public sealed record BetweenAnswer(DateOnly FromExclusive, DateOnly ToInclusive, int WorkingDays, string Rule);

public sealed record ImportedYear(int Year, string Source, DateTime ImportedAt, string? ImportedBy);

public sealed record YearsAnswer(IReadOnlyList<int> YearsWithData, IReadOnlyList<ImportedYear> Imported, IReadOnlyList<int> YearsUsedWithoutData);

public sealed record YearDay(DateOnly Date, string Name, bool Off);

public sealed record YearAnswer(int Year, bool HasData, string? Source, int WorkingDays, IReadOnlyList<YearDay> Days);

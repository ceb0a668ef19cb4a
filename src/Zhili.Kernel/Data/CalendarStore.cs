namespace Zhili.Kernel.Data;

/// <summary>
/// K-WD-1 / K-YEAR: the working-day calendar is the shipped years plus the years an administrator imported
/// (an import of a shipped year replaces it). Imports live in the database so every node sees them.
/// </summary>
public sealed class CalendarStore(KernelDbContext db, CalendarHolder holder, TimeProvider clock)
{
    public async Task ReloadAsync(CancellationToken ct)
    {
        var imported = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct);
        holder.Replace(HolidayData.Shipped().Concat(imported.Select(y => HolidayYear.Parse(y.Json))));
    }

    /// <summary>Validates and stores a year's arrangement; throws <see cref="CalendarDataException"/> and stores nothing when it is bad.</summary>
    public async Task<HolidayYear> ImportAsync(string json, string? by, CancellationToken ct)
    {
        var year = HolidayYear.Parse(json);
        var record = await db.CalendarYears.FindAsync([year.Year], ct);
        if (record is null)
        {
            record = new CalendarYearRecord { Year = year.Year, Json = json, Source = year.Source };
            db.CalendarYears.Add(record);
        }

        record.Json = json;
        record.Source = year.Source;
        record.ImportedAt = clock.GetUtcNow().UtcDateTime;
        record.ImportedBy = by;
        await db.SaveChangesAsync(ct);
        await ReloadAsync(ct);
        return year;
    }

    public Task<List<CalendarYearRecord>> ImportedAsync(CancellationToken ct) =>
        db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct);
}

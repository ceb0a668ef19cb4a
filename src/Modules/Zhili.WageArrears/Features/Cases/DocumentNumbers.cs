using Microsoft.Extensions.Options;

namespace Zhili.WageArrears.Features.Cases;

/// <summary>
/// B-LIST, B-NOTICE: document numbers in the usual form, 郑人社黑决〔2026〕12号: the office's short name, the kind, the year
/// and the next serial of that office, kind and year. The serial is moved inside the caller's transaction, so a number
/// is taken only when the document's case is saved with it, and two callers at once wait for each other's commit
/// (PostgreSQL's row lock, SQLite's one writer) and never get the same serial.
/// </summary>
public sealed class DocumentNumbers(WageArrearsDbContext db, IAdminUnits units, IOptions<BlacklistOptions> options)
{
    public const string Listing = "黑决";
    public const string Notice = "黑告";

    public async Task<string> NextAsync(string unitCode, string kind, int year, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document number is taken in the transaction that saves it.");
        }

        var serial = await MoveAsync(unitCode, kind, year, ct);
        if (serial is null)
        {
            // Called before the caller changes its case, so this save writes the new row only.
            var first = db.DocumentSerials.Add(new DocumentSerial { UnitCode = unitCode, Kind = kind, Year = year, Last = 0 });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another clerk of the office started the year's count at the same moment: count on from theirs.
            }
            finally
            {
                first.State = EntityState.Detached;
            }

            serial = await MoveAsync(unitCode, kind, year, ct) ?? throw new InvalidOperationException("The serial row was not created.");
        }

        return $"{ShortName(unitCode)}{kind}〔{year}〕{serial}号";
    }

    public string ShortName(string unitCode)
    {
        if (options.Value.ShortNames.TryGetValue(unitCode, out var name))
        {
            return name;
        }

        var unit = units.Get(unitCode).Name;
        return (unit.Length > 2 && unit[^1] is '区' or '县' or '市' ? unit[..^1] : unit) + "人社";
    }

    private async Task<int?> MoveAsync(string unitCode, string kind, int year, CancellationToken ct)
    {
        var row = db.DocumentSerials.Where(s => s.UnitCode == unitCode && s.Kind == kind && s.Year == year);

        // Not audited: a counter, not a record of anyone's work; the number it gives is audited on the case that carries it.
        var moved = await row.ExecuteUpdateAsync(u => u.SetProperty(s => s.Last, s => s.Last + 1), ct);
        return moved == 0 ? null : await row.AsNoTracking().Select(s => s.Last).SingleAsync(ct);
    }
}

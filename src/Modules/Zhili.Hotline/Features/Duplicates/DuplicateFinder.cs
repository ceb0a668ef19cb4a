using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Zhili.Hotline.Features.Duplicates;

/// <summary>
/// H-FLOW: suggests the open appeals that an appeal may repeat: the same caller phone, or the same category at the same
/// place (within the configured distance, or at the same normalised address), received within the configured window.
/// The office's suggestions (a city-wide scope) come from this node's <see cref="DuplicateFeed"/>; a unit's, and any
/// whose window reaches back past what the feed holds, from two reads on indexes (phone + received time, category +
/// received time). It never blocks or refuses intake.
/// </summary>
public sealed class DuplicateFinder(HotlineDbContext db, DuplicateFeed feed, IOptions<DuplicateOptions> options)
{
    private const int Limit = DuplicateIndex.Limit;

    public async Task<IReadOnlyList<DuplicateSuggestion>> SuggestAsync(Appeal appeal, CancellationToken ct)
    {
        if (appeal.State == AppealState.Closed || appeal.PrimaryAppealId is not null)
        {
            return [];
        }

        var p = DuplicateProbe.Of(appeal, options.Value);
        var rows = (db.Scope.IsUnrestricted ? await feed.FindAsync(p, ct) : null) ?? await ReadAsync(p, ct);
        return rows.Values.OrderByDescending(c => c.ReceivedAt).Take(Limit).Select(c => Suggestion(c, p)).ToList();
    }

    /// <summary>The two reads, in the caller's data scope: up to the limit by phone, and up to the limit by place.</summary>
    internal async Task<Dictionary<long, Candidate>> ReadAsync(DuplicateProbe p, CancellationToken ct)
    {
        var cityWide = db.Scope.IsUnrestricted;
        var q = (cityWide ? CityWide : Scoped).GetValue(db.Model, _ => new Reads(cityWide));
        var a = p.Around ?? default; // no point: the place read ignores these (hasPoint false)
        var rows = new Dictionary<long, Candidate>();
        // Both reads on one opening of the connection: opening and closing it costs about as much as a small read.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await AddAsync(q.ByPhone(db, p.Phone, p.From, p.To, p.Self));
            if (p.HasPlace)
            {
                await AddAsync(q.ByPlace(db, p.CategoryCode, p.AddressKey is not null, p.AddressKey ?? "", p.Around is not null,
                    a.Latitude, a.Longitude, a.Cos, a.LimitSquared, p.From, p.To, p.Self));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;

        async Task AddAsync(IAsyncEnumerable<Candidate> read)
        {
            await foreach (var row in read.WithCancellation(ct))
            {
                rows.TryAdd(row.Id, row); // an appeal of the same caller at the same place is in both reads
            }
        }
    }

    /// <summary>Why a row is suggested, from its own columns: a row of the phone read may be at the same place too.</summary>
    private static DuplicateSuggestion Suggestion(Candidate c, DuplicateProbe p)
    {
        var (code, key) = (p.CategoryCode, p.AddressKey);
        List<DuplicateReason> why = [];
        int? meters = null;
        if (c.CallerPhoneKey == p.Phone)
        {
            why.Add(DuplicateReason.SamePhone);
        }

        if (p.Around is { } a && c is { Latitude: { } lat, Longitude: { } lon })
        {
            meters = (int)Math.Round(a.MetersTo(lat, lon));
            if (c.CategoryCode == code && a.Holds(lat, lon))
            {
                why.Add(DuplicateReason.Nearby);
            }
        }

        if (c.CategoryCode == code && key is not null && c.AddressKey == key)
        {
            why.Add(DuplicateReason.SameAddress);
        }

        return new DuplicateSuggestion(c.Id, c.TrackingNumber, c.Type, c.CategoryCode, c.Address, c.State, c.UnitCode, c.ReceivedAt, why, meters);
    }

    // Compiled once per model (a compiled query keeps the SQL of the first model it ran on, and a test process runs
    // both databases) and prepared on PostgreSQL: they answer what the office's memory
    // (DuplicateFeed) cannot, an older appeal's window and a unit's scope. Each range has an equality on the first
    // column of an index that ends in the received time, so the index gives the order too, and a generic plan (made without the values) that the server may keep for a
    // prepared read uses it once the table has statistics. A plan made while the table was nearly empty may not; the
    // server replaces it when the table is next analyzed (autovacuum, within a minute of the table's growth).
    private static readonly ConditionalWeakTable<IModel, Reads> CityWide = new(), Scoped = new();

    /// <summary>
    /// Each reads the open appeals, not followers, received within the window, other than the appeal itself, newest first,
    /// up to the limit: of the same caller phone; of the same category at the same address or within the distance (by
    /// <see cref="Around.Holds"/>'s sum, term for term, so that every row it reads is a suggestion). Two statements, not one
    /// UNION: SQLite prepares every statement at every run, and the union of the two took longer to prepare than both.
    /// For a city-wide scope (the office) they read past the data-scope filter, which admits every appeal there: its SQL
    /// (the units and co-handling units as list parameters) cost SQLite as much again to prepare and run.
    /// </summary>
    private sealed class Reads(bool cityWide)
    {
        public Func<HotlineDbContext, string, DateTime, DateTime, string, IAsyncEnumerable<Candidate>> ByPhone { get; } = EF.CompileAsyncQuery(
            Over<Func<HotlineDbContext, string, DateTime, DateTime, string, IQueryable<Candidate>>>(cityWide,
                (IQueryable<Appeal> appeals, string phone, DateTime from, DateTime to, string self) => appeals
                    .Where(x => x.ReceivedAt >= from && x.ReceivedAt <= to && x.State != AppealState.Closed && x.PrimaryAppealId == null
                        && x.TrackingNumber != self)
                    .Where(x => x.CallerPhoneKey == phone)
                    .OrderByDescending(x => x.ReceivedAt).Take(Limit)
                    .Select(x => new Candidate(x.Id, x.TrackingNumber, x.Type, x.CategoryCode, x.Address, x.CallerPhoneKey, x.AddressKey,
                        x.Latitude, x.Longitude, x.State, x.UnitCode, x.ReceivedAt))));

        public Func<HotlineDbContext, string, bool, string, bool, double, double, double, double, DateTime, DateTime, string, IAsyncEnumerable<Candidate>> ByPlace { get; } = EF.CompileAsyncQuery(
            Over<Func<HotlineDbContext, string, bool, string, bool, double, double, double, double, DateTime, DateTime, string, IQueryable<Candidate>>>(cityWide,
                (IQueryable<Appeal> appeals, string code, bool hasKey, string key, bool hasPoint, double lat, double lon, double cos, double limit,
                    DateTime from, DateTime to, string self) => appeals
                    .Where(x => x.ReceivedAt >= from && x.ReceivedAt <= to && x.State != AppealState.Closed && x.PrimaryAppealId == null
                        && x.TrackingNumber != self)
                    .Where(x => x.CategoryCode == code && ((hasKey && x.AddressKey == key)
                        || (hasPoint && ((x.Latitude - lat) * (x.Latitude - lat)) + ((x.Longitude - lon) * cos * ((x.Longitude - lon) * cos)) <= limit)))
                    .OrderByDescending(x => x.ReceivedAt).Take(Limit)
                    .Select(x => new Candidate(x.Id, x.TrackingNumber, x.Type, x.CategoryCode, x.Address, x.CallerPhoneKey, x.AddressKey,
                        x.Latitude, x.Longitude, x.State, x.UnitCode, x.ReceivedAt))));
    }

    /// <summary>
    /// A query written over "the appeals" made into one over the context: its first parameter becomes <c>db.Appeals</c>
    /// (prepared on PostgreSQL by Npgsql's automatic preparation), past the data-scope filter when <paramref name="cityWide"/>.
    /// </summary>
    private static Expression<TQuery> Over<TQuery>(bool cityWide, LambdaExpression query)
    {
        var db = Expression.Parameter(typeof(HotlineDbContext), "db");
        Expression appeals = Expression.Property(db, nameof(HotlineDbContext.Appeals));
        if (cityWide)
        {
            // Past the data scope only for a city-wide reader, whose scope admits every appeal anyway.
            appeals = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.IgnoreQueryFilters),
                [typeof(Appeal)], appeals);
        }

        var body = ReplacingExpressionVisitor.Replace(query.Parameters[0], appeals, query.Body);
        return Expression.Lambda<TQuery>(body, [db, .. query.Parameters.Skip(1)]);
    }
}

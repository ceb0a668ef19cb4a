using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;
using Zhili.BuildingBlocks.Persistence;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;

namespace Zhili.Hotline.Features.Duplicates;

/// <summary>
/// H-FLOW: suggests the open appeals that an appeal may repeat: the same caller phone, or the same category at the same
/// place (within the configured distance, or at the same normalised address), received within the configured window.
/// Two reads on indexes (phone + received time, category + received time); it never blocks or refuses intake.
/// </summary>
public sealed class DuplicateFinder(HotlineDbContext db, IOptions<DuplicateOptions> options)
{
    private const int Limit = 10;

    public async Task<IReadOnlyList<DuplicateSuggestion>> SuggestAsync(Appeal appeal, CancellationToken ct)
    {
        if (appeal.State == AppealState.Closed || appeal.PrimaryAppealId is not null)
        {
            return [];
        }

        var o = options.Value;
        var window = TimeSpan.FromDays(o.WindowDays);
        var (from, to) = (appeal.ReceivedAt - window, appeal.ReceivedAt + window);

        var cityWide = db.Scope.IsUnrestricted;
        var q = (cityWide ? CityWide : Scoped).GetValue(db.Model, _ => new Queries(cityWide));
        var phone = appeal.CallerPhoneKey ?? Appeal.PhoneKey(appeal.CallerPhone);
        var byPhone = await ToListAsync(q.ByPhone(db, phone, from, to, appeal.TrackingNumber), ct);

        // An address with no letters or digits left names no place: it matches nothing.
        var key = appeal.AddressKey ?? Addresses.Key(appeal.Address);
        var hasKey = key.Length > 0;
        List<Candidate> byPlace = [];
        if (appeal is { Latitude: { } lat, Longitude: { } lon })
        {
            var (dLat, dLon) = Geo.Box(lat, o.DistanceMeters);
            byPlace = await ToListAsync(q.Nearby(db, appeal.CategoryCode, hasKey, key, lat - dLat, lat + dLat, lon - dLon, lon + dLon,
                from, to, appeal.TrackingNumber), ct);
        }
        else if (hasKey)
        {
            byPlace = await ToListAsync(q.SameAddress(db, appeal.CategoryCode, key, from, to, appeal.TrackingNumber), ct);
        }

        var found = new Dictionary<long, (Candidate Row, List<DuplicateReason> Why, int? Meters)>();
        foreach (var c in byPhone)
        {
            found[c.Id] = (c, [DuplicateReason.SamePhone], null);
        }

        foreach (var c in byPlace)
        {
            int? meters = appeal is { Latitude: { } la, Longitude: { } lo } && c is { Latitude: { } cla, Longitude: { } clo }
                ? (int)Math.Round(Geo.Meters(la, lo, cla, clo)) : null;
            var why = new List<DuplicateReason>();
            if (meters <= o.DistanceMeters)
            {
                why.Add(DuplicateReason.Nearby);
            }

            if (hasKey && c.AddressKey == key)
            {
                why.Add(DuplicateReason.SameAddress);
            }

            if (why.Count > 0)
            {
                List<DuplicateReason> earlier = found.TryGetValue(c.Id, out var had) ? had.Why : [];
                found[c.Id] = (c, [.. earlier, .. why], meters);
            }
        }

        return found.Values.OrderByDescending(f => f.Row.ReceivedAt).Take(Limit).Select(f => new DuplicateSuggestion(
            f.Row.Id, f.Row.TrackingNumber, f.Row.Type, f.Row.CategoryCode, f.Row.Address, f.Row.State, f.Row.UnitCode, f.Row.ReceivedAt,
            f.Why, f.Meters)).ToList();
    }

    // Compiled once per model (a compiled query keeps the SQL of the first model it ran on, and a test process runs
    // both databases) and prepared on PostgreSQL: intake asks for suggestions with every appeal the office receives
    // (issue 4, Performance). Each read has an equality on the first column of an index that ends in the received time,
    // so the index gives the order too, and a generic plan (made without the values) that the server may keep for a
    // prepared read uses it once the table has statistics. A plan made while the table was nearly empty may not; the
    // server replaces it when the table is next analyzed (autovacuum, within a minute of the table's growth).
    private static readonly ConditionalWeakTable<IModel, Queries> CityWide = new(), Scoped = new();

    /// <summary>
    /// Each reads the open appeals, not followers, received within the window, other than the appeal itself, newest
    /// first. For a city-wide scope (the office) they read past the data-scope filter, which admits every appeal there:
    /// its SQL (the units and co-handling units as list parameters) cost SQLite as much again to prepare and run.
    /// </summary>
    private sealed class Queries
    {
        public Queries(bool cityWide)
        {
            ByPhone = EF.CompileAsyncQuery(Over<Func<HotlineDbContext, string, DateTime, DateTime, string, IQueryable<Candidate>>>(cityWide,
                (IQueryable<Appeal> appeals, string phone, DateTime from, DateTime to, string self) => appeals
                    .Where(x => x.ReceivedAt >= from && x.ReceivedAt <= to && x.State != AppealState.Closed && x.PrimaryAppealId == null
                        && x.TrackingNumber != self)
                    .Where(x => x.CallerPhoneKey == phone)
                    .OrderByDescending(x => x.ReceivedAt).Take(Limit)
                    .Select(x => new Candidate(x.Id, x.TrackingNumber, x.Type, x.CategoryCode, x.Address, x.AddressKey, x.Latitude,
                        x.Longitude, x.State, x.UnitCode, x.ReceivedAt))));

            // The same category in a box around the point, or at the same address; the exact distance is checked after.
            Nearby = EF.CompileAsyncQuery(Over<Func<HotlineDbContext, string, bool, string, double, double, double, double, DateTime, DateTime, string, IQueryable<Candidate>>>(cityWide,
                (IQueryable<Appeal> appeals, string code, bool hasKey, string key, double south, double north, double west, double east,
                    DateTime from, DateTime to, string self) => appeals
                    .Where(x => x.ReceivedAt >= from && x.ReceivedAt <= to && x.State != AppealState.Closed && x.PrimaryAppealId == null
                        && x.TrackingNumber != self)
                    .Where(x => x.CategoryCode == code && ((hasKey && x.AddressKey == key)
                        || (x.Latitude >= south && x.Latitude <= north && x.Longitude >= west && x.Longitude <= east)))
                    .OrderByDescending(x => x.ReceivedAt).Take(Limit * 3)
                    .Select(x => new Candidate(x.Id, x.TrackingNumber, x.Type, x.CategoryCode, x.Address, x.AddressKey, x.Latitude,
                        x.Longitude, x.State, x.UnitCode, x.ReceivedAt))));

            SameAddress = EF.CompileAsyncQuery(Over<Func<HotlineDbContext, string, string, DateTime, DateTime, string, IQueryable<Candidate>>>(cityWide,
                (IQueryable<Appeal> appeals, string code, string key, DateTime from, DateTime to, string self) => appeals
                    .Where(x => x.ReceivedAt >= from && x.ReceivedAt <= to && x.State != AppealState.Closed && x.PrimaryAppealId == null
                        && x.TrackingNumber != self)
                    .Where(x => x.CategoryCode == code && x.AddressKey == key)
                    .OrderByDescending(x => x.ReceivedAt).Take(Limit * 3)
                    .Select(x => new Candidate(x.Id, x.TrackingNumber, x.Type, x.CategoryCode, x.Address, x.AddressKey, x.Latitude,
                        x.Longitude, x.State, x.UnitCode, x.ReceivedAt))));
        }

        public Func<HotlineDbContext, string, DateTime, DateTime, string, IAsyncEnumerable<Candidate>> ByPhone { get; }

        public Func<HotlineDbContext, string, bool, string, double, double, double, double, DateTime, DateTime, string, IAsyncEnumerable<Candidate>> Nearby { get; }

        public Func<HotlineDbContext, string, string, DateTime, DateTime, string, IAsyncEnumerable<Candidate>> SameAddress { get; }
    }

    /// <summary>
    /// A query written over "the appeals" made into one over the context: its first parameter becomes <c>db.Appeals</c>
    /// tagged to be prepared on PostgreSQL, past the data-scope filter when <paramref name="cityWide"/>.
    /// </summary>
    private static Expression<TQuery> Over<TQuery>(bool cityWide, LambdaExpression query)
    {
        var db = Expression.Parameter(typeof(HotlineDbContext), "db");
        Expression appeals = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.TagWith),
            [typeof(Appeal)], Expression.Property(db, nameof(HotlineDbContext.Appeals)), Expression.Constant(PreparedReads.Tag));
        if (cityWide)
        {
            appeals = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.IgnoreQueryFilters),
                [typeof(Appeal)], appeals);
        }

        var body = ReplacingExpressionVisitor.Replace(query.Parameters[0], appeals, query.Body);
        return Expression.Lambda<TQuery>(body, [db, .. query.Parameters.Skip(1)]);
    }

    private static async Task<List<Candidate>> ToListAsync(IAsyncEnumerable<Candidate> rows, CancellationToken ct)
    {
        var list = new List<Candidate>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }

    private sealed record Candidate(
        long Id, string TrackingNumber, AppealType Type, string CategoryCode, string Address, string? AddressKey, double? Latitude,
        double? Longitude, AppealState State, string UnitCode, DateTime ReceivedAt);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
        var open = db.Appeals.AsNoTracking().Where(x => x.ReceivedAt >= appeal.ReceivedAt - window && x.ReceivedAt <= appeal.ReceivedAt + window
            && x.State != AppealState.Closed && x.PrimaryAppealId == null && x.TrackingNumber != appeal.TrackingNumber);

        var phones = PhoneForms(appeal.CallerPhone);
        var byPhone = await Read(open.Where(x => phones.Contains(x.CallerPhone)), Limit, ct);

        // An address with no letters or digits left names no place: it matches nothing.
        var key = appeal.AddressKey ?? Addresses.Key(appeal.Address);
        var hasKey = key.Length > 0;
        var sameCategory = open.Where(x => x.CategoryCode == appeal.CategoryCode);
        var nearby = appeal is { Latitude: { } lat, Longitude: { } lon }
            ? Within(sameCategory, hasKey, key, lat, lon, o.DistanceMeters)
            : sameCategory.Where(x => hasKey && x.AddressKey == key);
        var byPlace = await Read(nearby, Limit * 3, ct);

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

    /// <summary>The same category in a box around the point, or at the same address; the exact distance is checked after.</summary>
    private static IQueryable<Appeal> Within(IQueryable<Appeal> query, bool hasKey, string key, double lat, double lon, int meters)
    {
        var (dLat, dLon) = Geo.Box(lat, meters);
        double south = lat - dLat, north = lat + dLat, west = lon - dLon, east = lon + dLon;
        return query.Where(x => (hasKey && x.AddressKey == key)
            || (x.Latitude >= south && x.Latitude <= north && x.Longitude >= west && x.Longitude <= east));
    }

    private static Task<List<Candidate>> Read(IQueryable<Appeal> query, int take, CancellationToken ct) => query
        .OrderByDescending(x => x.ReceivedAt).Take(take)
        .Select(x => new Candidate(x.Id, x.TrackingNumber, x.Type, x.CategoryCode, x.Address, x.AddressKey, x.Latitude, x.Longitude,
            x.State, x.UnitCode, x.ReceivedAt))
        .ToListAsync(ct);

    /// <summary>A landline is written with or without the dash after its area code (3 digits for 010 and 02x, else 4).</summary>
    internal static string[] PhoneForms(string phone)
    {
        var bare = phone.Replace("-", "", StringComparison.Ordinal);
        if (!bare.StartsWith('0') || bare.Length < 10)
        {
            return [phone, bare];
        }

        return [phone, bare, $"{bare[..3]}-{bare[3..]}", $"{bare[..4]}-{bare[4..]}"];
    }

    private sealed record Candidate(
        long Id, string TrackingNumber, AppealType Type, string CategoryCode, string Address, string? AddressKey, double? Latitude,
        double? Longitude, AppealState State, string UnitCode, DateTime ReceivedAt);
}

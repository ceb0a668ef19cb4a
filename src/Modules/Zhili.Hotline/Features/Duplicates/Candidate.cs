namespace Zhili.Hotline.Features.Duplicates;

/// <summary>What a duplicate suggestion needs of an appeal: its keys to match on and what the office is shown.</summary>
internal sealed record Candidate(
    long Id, string TrackingNumber, AppealType Type, string CategoryCode, string Address, string? CallerPhoneKey, string? AddressKey,
    double? Latitude, double? Longitude, AppealState State, string UnitCode, DateTime ReceivedAt)
{
    public static Candidate Of(Appeal a) => new(a.Id, a.TrackingNumber, a.Type, a.CategoryCode, a.Address, a.CallerPhoneKey, a.AddressKey,
        a.Latitude, a.Longitude, a.State, a.UnitCode, a.ReceivedAt);
}

/// <summary>
/// What a new appeal is matched on (H-FLOW): its caller's phone key, its category with its address key (null when the
/// address names no place) and its point, and the window around its receipt; <see cref="Self"/> is its own tracking number.
/// </summary>
internal readonly record struct DuplicateProbe(
    string Self, string CategoryCode, string Phone, string? AddressKey, Around? Around, DateTime From, DateTime To)
{
    public static DuplicateProbe Of(Appeal appeal, DuplicateOptions o)
    {
        var window = TimeSpan.FromDays(o.WindowDays);
        // An address with no letters or digits left names no place: it matches nothing.
        var key = appeal.AddressKey ?? Addresses.Key(appeal.Address);
        Around? around = appeal is { Latitude: { } lat, Longitude: { } lon } ? new Around(lat, lon, o.DistanceMeters) : null;
        return new DuplicateProbe(appeal.TrackingNumber, appeal.CategoryCode, appeal.CallerPhoneKey ?? Appeal.PhoneKey(appeal.CallerPhone),
            key.Length > 0 ? key : null, around, appeal.ReceivedAt - window, appeal.ReceivedAt + window);
    }

    /// <summary>Whether the place read has anything to match on.</summary>
    public bool HasPlace => AddressKey is not null || Around is not null;
}

namespace Zhili.Hotline.Features.Open311;

/// <summary>What a GET answer is made of. The caller's name and phone are read only to mask them out of the text (K-MASK).</summary>
public sealed record Open311Row(
    string TrackingNumber, AppealState State, ClosureReason? ClosureReason, string CategoryCode, AppealType Type, bool Urgent,
    bool Confidential, string CallerName, string CallerPhone, string Description, string Address, double? Latitude, double? Longitude,
    string UnitCode, DateTime ReceivedAt, DateTime? DeadlineAt, DateTime? UpdatedAt);

/// <summary>The reads behind GET Service Requests, GET Service Request and the token lookup.</summary>
public sealed class Open311Queries(HotlineDbContext db)
{
    /// <summary>The steps the public sees (as the status lookup shows them): the last one is the request's updated_datetime.</summary>
    private static readonly string[] PublicSteps =
        ["received", "assigned", "reassigned", "returned", "replied", "callback", "reopened", "closed", "extension-approved"];

    public async Task<IReadOnlyList<Open311Row>> ListAsync(Open311Filter f, CancellationToken ct)
    {
        var query = db.Appeals.AsNoTracking();
        if (f.Ids.Count > 0)
        {
            query = query.Where(a => f.Ids.Contains(a.TrackingNumber));
        }
        else
        {
            query = query.Where(a => a.ReceivedAt >= f.From && a.ReceivedAt <= f.To);
            if (f.Codes.Count > 0)
            {
                query = query.Where(a => f.Codes.Contains(a.CategoryCode));
            }

            if (f.Closed is { } closed)
            {
                query = closed ? query.Where(a => a.State == AppealState.Closed) : query.Where(a => a.State != AppealState.Closed);
            }
        }

        return await Rows(query.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id)
            .Skip((f.Page - 1) * f.PageSize).Take(f.PageSize)).ToListAsync(ct);
    }

    public Task<Open311Row?> FindAsync(string trackingNumber, CancellationToken ct)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        return Rows(db.Appeals.AsNoTracking().Where(a => a.TrackingNumber == number)).SingleOrDefaultAsync(ct);
    }

    private static IQueryable<Open311Row> Rows(IQueryable<Appeal> appeals) => appeals.Select(a => new Open311Row(
        a.TrackingNumber, a.State, a.ClosureReason, a.CategoryCode, a.Type, a.Urgent, a.Confidential, a.CallerName, a.CallerPhone,
        a.Description, a.Address, a.Latitude, a.Longitude, a.UnitCode, a.ReceivedAt, a.DeadlineAt,
        a.Events.Where(e => PublicSteps.Contains(e.Kind)).Max(e => (DateTime?)e.At)));
}

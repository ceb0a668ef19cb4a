namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// A service request as GET answers publish it. Never the requester: no name, phone or email, and the text masked
/// (K-MASK). A 保密 appeal is listed with its service, status, dates and handling unit only — its description and
/// location could tell who called.
/// </summary>
public sealed class Open311RequestView(IAdminUnits units, Sla sla)
{
    public Open311List List(IEnumerable<Open311Row> rows, IReadOnlyDictionary<string, string> serviceNames) =>
        new("service_requests", rows.Select(r => (Open311Node)Item(r, serviceNames)).ToList());

    private Open311Item Item(Open311Row r, IReadOnlyDictionary<string, string> serviceNames)
    {
        var (description, media) = Open311Text.Split(r.Description);
        var shown = !r.Confidential;
        return new Open311Item("request",
        [
            new Open311Field("service_request_id", r.TrackingNumber),
            new Open311Field("status", Open311Status.Of(r.State)),
            new Open311Field("status_notes", Open311Status.Notes(r.State, r.ClosureReason)),
            new Open311Field("service_name", serviceNames.GetValueOrDefault(r.CategoryCode, r.CategoryCode)),
            new Open311Field("service_code", r.CategoryCode),
            new Open311Field("description", shown ? Mask.Text(description, r.CallerName, r.CallerPhone) : null),
            new Open311Field("agency_responsible", units.Find(r.UnitCode)?.Name ?? r.UnitCode),
            new Open311Field("service_notice", Open311Service.Notice(r.Type, r.Urgent, sla)),
            new Open311Field("requested_datetime", r.ReceivedAt),
            new Open311Field("updated_datetime", r.UpdatedAt is { } u && u > r.ReceivedAt ? u : r.ReceivedAt),
            new Open311Field("expected_datetime", r.DeadlineAt),
            new Open311Field("address", shown ? Mask.Text(r.Address, r.CallerName, r.CallerPhone) : null),
            new Open311Field("lat", shown ? r.Latitude : null),
            new Open311Field("long", shown ? r.Longitude : null),
            new Open311Field("media_url", shown ? media : null),
        ]);
    }
}

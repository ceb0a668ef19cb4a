namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// POST Service Request: the partner's key has already been checked (scope <see cref="Open311Endpoints.PostScope"/>; a
/// missing or wrong one is a 403 GeoReport error, see <see cref="Open311AuthorizationResults"/>). The form is read as
/// the spec sends it, validated whole, and becomes one appeal, or nothing at all.
/// </summary>
public static class Open311Post
{
    public static async Task<Open311Result> PostAsync(
        string format, HttpRequest request, IValidator<Open311PostRequest> validator, Open311Catalogue catalogue, Open311Intake intake,
        Sla sla, CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } f)
        {
            return Open311Errors.UnknownFormat(format);
        }

        var (form, unreadable) = await Open311Form.ReadAsync(request, f, ct);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var r = Open311PostRequest.From(form!);
        var result = await validator.ValidateAsync(r, ct);
        if (!result.IsValid)
        {
            return Open311Errors.Invalid(f, result.ToViolations());
        }

        if (await catalogue.FindAsync(r.ServiceCode, ct) is not { } service)
        {
            return Open311Errors.NotFound(f, UnknownService(r.ServiceCode));
        }

        var appeal = await intake.ReceiveAsync(r, service, ct);
        return new Open311Result(new Open311List("service_requests",
        [
            new Open311Item("request",
            [
                new Open311Field("service_request_id", appeal.TrackingNumber),
                new Open311Field("service_notice", Open311Service.Notice(appeal.Type, appeal.Urgent, sla)),
            ]),
        ]), f);
    }

    public static string UnknownService(string? code) => $"service_code {code} 不存在：须为 services 列表中的末级诉求分类代码 (service_code not found)";
}

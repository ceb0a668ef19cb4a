namespace Zhili.Hotline.Features.Open311;

/// <summary>The GET answers about service requests: validated arguments, the rows, their public view.</summary>
public sealed class Open311Reads(
    Open311Queries queries, Open311Catalogue catalogue, Open311RequestView view, IValidator<Open311RequestQuery> validator, TimeProvider clock)
{
    public async Task<Open311Result> ListAsync(Open311RequestQuery query, Open311Format format, CancellationToken ct)
    {
        var checkedQuery = await validator.ValidateAsync(query, ct);
        if (!checkedQuery.IsValid)
        {
            return Open311Errors.Invalid(format, checkedQuery.ToViolations());
        }

        var rows = await queries.ListAsync(query.ToFilter(clock.GetUtcNow().UtcDateTime), ct);
        return new Open311Result(view.List(rows, await NamesAsync(ct)), format);
    }

    public async Task<Open311Result> OneAsync(string id, Open311Format format, CancellationToken ct) =>
        await Find(id, ct) is { } row
            ? new Open311Result(view.List([row], await NamesAsync(ct)), format)
            : Open311Errors.NotFound(format, $"service_request_id {id} 不存在（查无此受理编号）");

    /// <summary>Every service is realtime: the tracking number is known at once, so it serves as its own token.</summary>
    public async Task<Open311Result> TokenAsync(string token, Open311Format format, CancellationToken ct) =>
        await Find(token, ct) is { } row
            ? new Open311Result(new Open311List("service_requests",
                [new Open311Item("request", [new Open311Field("service_request_id", row.TrackingNumber), new Open311Field("token", token)])]), format)
            : Open311Errors.NotFound(format, $"token {token} 不存在");

    private Task<Open311Row?> Find(string id, CancellationToken ct) =>
        id.Length > 20 ? Task.FromResult<Open311Row?>(null) : queries.FindAsync(id, ct);

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct) =>
        (await catalogue.ServicesAsync(ct)).ToDictionary(s => s.Code, s => s.Name);
}

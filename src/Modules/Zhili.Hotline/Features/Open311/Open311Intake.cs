namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// Turns a GeoReport v2 POST into an appeal of channel Open311 through the one intake every channel uses (H-FLOW).
/// The requester's name and phone become the caller (both optional in the spec). email, device_id and account_id are
/// not kept: the hotline answers and calls back by phone, and personal data nobody uses is not collected.
/// </summary>
public sealed class Open311Intake(AppealService appeals)
{
    public async Task<Appeal> ReceiveAsync(Open311PostRequest r, Open311Service service, CancellationToken ct)
    {
        var answers = Open311Answers.Of(r.Attributes);
        var text = r.Description ?? $"{service.Name}（经 Open311 提交，未附文字描述）";
        var intake = new Intake(
            Channel.Open311, Name(r.FirstName, r.LastName), r.Phone ?? "", answers.Confidential, answers.Type ?? service.DefaultType,
            answers.Urgent, service.Code, Address(r), r.Latitude, r.Longitude, Open311Text.Compose(text, answers.Periods, r.MediaUrl));
        return await appeals.ReceiveAsync(intake, ct);
    }

    /// <summary>
    /// The caller's name from the spec's given and family names: family name first, as Chinese names are written
    /// (李 + 建国 → 李建国); Latin names keep their order with a space (John Smith). Empty when neither is given.
    /// </summary>
    public static string Name(string? first, string? last)
    {
        var parts = new[] { first, last }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        var latin = parts.All(p => p.All(c => c < 0x2E80));
        return latin ? string.Join(' ', parts) : string.Concat(Enumerable.Reverse(parts));
    }

    /// <summary>The address as written, or the coordinates when only lat/long were sent (an appeal always has an address).</summary>
    private static string Address(Open311PostRequest r) =>
        r.AddressString ?? FormattableString.Invariant($"经纬度 {r.Latitude:0.000000}, {r.Longitude:0.000000}");
}

using System.Net;
using System.Text.Json;
using Xunit;

namespace Zhili.Testing;

/// <summary>ARCHITECTURE rule 16: many users sending the same command at once, each on a client of their own.</summary>
public static class Racing
{
    public const int Racers = 16;

    /// <summary>Sends <paramref name="send"/> from <see cref="Racers"/> clients released together; the answers with their bodies.</summary>
    public static async Task<List<RaceAnswer>> RaceAsync(this ZhiliFactory app, string user, Func<HttpClient, int, Task<HttpResponseMessage>> send)
    {
        var ct = TestContext.Current.CancellationToken;
        var clients = Enumerable.Range(0, Racers).Select(_ => app.Client(user)).ToList();
        using var start = new SemaphoreSlim(0, Racers);
        var racing = clients.Select(async (client, i) =>
        {
            await start.WaitAsync(ct);
            using var response = await send(client, i);
            var text = await response.Content.ReadAsStringAsync(ct);
            return new RaceAnswer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }).ToList();
        start.Release(Racers);
        var answers = (await Task.WhenAll(racing)).ToList();
        clients.ForEach(c => c.Dispose());
        return answers;
    }
}

/// <summary>One racer's answer.</summary>
public sealed record RaceAnswer(HttpStatusCode Status, JsonElement Body)
{
    public bool Won => (int)Status is >= 200 and < 300;

    /// <summary>
    /// 409 problem details as the app writes a conflict: its title, and a detail that says to reload and try again, or a
    /// violation naming the rule whose invariant refused the change.
    /// </summary>
    public bool IsConflict => Status == HttpStatusCode.Conflict
        && Body.GetProperty("title").GetString() == "操作冲突 (conflict)"
        && Body.GetProperty("detail").GetString() is { } detail
        && (detail.Contains("请刷新后重试", StringComparison.Ordinal) || Rule is not null);

    /// <summary>The rule a conflict's index or a 400 refusal names, if any (the one error format: field, reason, rule).</summary>
    public string? Rule => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("violations", out var v) && v.GetArrayLength() > 0
        && v[0].TryGetProperty("rule", out var rule) ? rule.GetString() : null;

    /// <summary>
    /// A loser was told why: a conflict (naming <paramref name="rule"/> when an invariant's index refused it), or, when it
    /// read the record after the winner's change, the 400 refusal of the rule it now breaks.
    /// </summary>
    public bool ToldWhy(string rule) => (IsConflict && (Rule is null || Rule == rule)) || (Status == HttpStatusCode.BadRequest && Rule == rule);

    public override string ToString() => $"{(int)Status} {Body}";
}

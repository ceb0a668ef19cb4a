using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zhili.Web.Tests.OpenApi;

/// <summary>
/// Every instant the API writes is UTC and says so (a trailing Z): a reader in another zone, or a parser that takes
/// a time without a zone as local, must not shift it. Read from a sample of real answers over the demo data: every
/// GET operation of the OpenAPI document without path parameters, and each <c>{id}</c> one for the first listed id.
/// </summary>
public sealed partial class InstantTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private const string Reader = "reader.test;auditor,city-office,admin;410100";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task JSON_every_instant_of_every_answer_ends_in_Z(TestDatabase database)
    {
        var app = await fixture.App(database);
        var client = app.Client(Reader);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var gets = document.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name).ToList();
        var instants = new List<(string Url, string Path, string Value)>();
        var read = 0;
        foreach (var path in gets.Where(p => !p.Contains('{', StringComparison.Ordinal)))
        {
            var answer = await ReadAsync(client, path);
            if (answer is not { } json)
            {
                continue;
            }

            read++;
            Collect(json, path, "$", instants);
            var item = json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().FirstOrDefault()
                : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var items) ? items.EnumerateArray().FirstOrDefault() : default;
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && gets.Contains($"{path}/{{id}}"))
            {
                var url = $"{path}/{id}";
                if (await ReadAsync(client, url) is { } one)
                {
                    read++;
                    Collect(one, url, "$", instants);
                }
            }
        }

        read.ShouldBeGreaterThan(20);
        var kinds = instants.Select(i => i.Path).Distinct().ToList();
        kinds.Count.ShouldBeGreaterThanOrEqualTo(15, "the sample holds instants of many kinds");
        kinds.ShouldContain("$.assignedAt"); // nullable columns are read back as UTC too
        kinds.ShouldContain("$.deadlineAt");
        instants.Where(i => !i.Value.EndsWith('Z')).Select(i => $"{i.Url} {i.Path} = {i.Value}").ShouldBeEmpty();
    }

    private static async Task<JsonElement?> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        return response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
            ? JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(Ct))
            : null;
    }

    private static void Collect(JsonElement e, string url, string path, List<(string, string, string)> found)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, url, $"{path}.{p.Name}", found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, url, $"{path}[]", found);
                }

                break;
            case JsonValueKind.String when Instant().IsMatch(e.GetString()!):
                found.Add((url, path, e.GetString()!));
                break;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex Instant();
}

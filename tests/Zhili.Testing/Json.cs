using System.Net.Http.Json;
using System.Text.Json;

namespace Zhili.Testing;

public static class Json
{
    /// <summary>Reads a response body as a JSON document (problem details, pages of results).</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());
}

namespace Zhili.Gazette.Pages.Gazette;

/// <summary>G-DOC: a document's source lines as imported (原文), beside the page that renders them as the document.</summary>
[PublicEndpoint]
public sealed class RawModel(GazetteQueries queries) : PageModel
{
    public int Id { get; private set; }

    public string Number { get; private set; } = "";

    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.RawTextAsync(id, ct) is not { } raw)
        {
            return NotFound();
        }

        (Id, Number, Text) = (id, raw.Number, raw.Text);
        return Page();
    }
}

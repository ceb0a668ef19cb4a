using Zhili.BuildingBlocks.Modules;

namespace Zhili.Gazette.Pages.Gazette;

/// <summary>One document with its sections, attachments and the rules that come from it (G-DOC, G-CITE).</summary>
[PublicEndpoint]
public sealed class DocumentModel(GazetteQueries queries, IEnumerable<RuleFeature> features) : PageModel
{
    /// <summary>G-CITE: the Zhili features that implement this document's rules.</summary>
    public IReadOnlyList<RuleFeature> Features { get; private set; } = [];

    public DocumentDetail Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.DocumentAsync(id, ct) is not { } d)
        {
            return NotFound();
        }

        Document = d;
        Features = features.Where(f => d.Rules.Any(r => f.Implements(r.Id))).DistinctBy(f => f.Path + f.Title).ToList();
        return Page();
    }
}

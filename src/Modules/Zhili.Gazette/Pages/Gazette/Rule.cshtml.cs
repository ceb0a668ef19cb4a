namespace Zhili.Gazette.Pages.Gazette;

/// <summary>G-CITE: a rule with the clause text of its source documents, or the list of every rule.</summary>
[PublicEndpoint]
public sealed class RuleModel(GazetteQueries queries) : PageModel
{
    public RuleDetail? Rule { get; private set; }

    public static IReadOnlyList<RuleSummary> All => GazetteQueries.Rules();

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Page();
        }

        Rule = await queries.RuleAsync(id, ct);
        return Rule is null ? NotFound() : Page();
    }
}

namespace Zhili.Web.Pages.Admin;

/// <summary>The administrators' starting page: every administrative function in one place (the /Admin folder needs the policy).</summary>
public sealed class IndexModel : PageModel;

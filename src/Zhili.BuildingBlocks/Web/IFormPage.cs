namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// A page with forms (ARCHITECTURE rule 17). When a form is refused — by its validator, or by a rule, a conflict or a
/// scope while the handler runs — the page filter puts the reasons on the form and shows the page again, loaded by
/// <see cref="LoadAsync"/> as its GET loads it; handlers never catch refusals themselves.
/// </summary>
public interface IFormPage
{
    /// <summary>Loads what the page shows; returns false when its record does not exist in the reader's scope (404).</summary>
    Task<bool> LoadAsync(CancellationToken ct);
}

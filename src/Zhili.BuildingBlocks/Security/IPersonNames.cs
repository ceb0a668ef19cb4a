namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// The names colleagues know people by (姓名), by user name: a module's records keep the user name of who acted, and its
/// staff pages name the person. Staff only: K-MASK keeps these names off public pages. Implemented by the identity module.
/// </summary>
public interface IPersonNames
{
    /// <summary>The display names of those user names that have an account; a name without one is left out.</summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken);
}

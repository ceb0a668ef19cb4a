namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// A module's DbContext that holds <see cref="IUnitScoped"/> records implements this as
/// <c>public DataScope Scope => DataScope.Current;</c>. Query filters read the scope through the context instance,
/// which EF evaluates afresh for every query (a static read would be fixed when the query is first compiled).
/// </summary>
public interface IDataScopedContext
{
    DataScope Scope { get; }
}

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// A record that belongs to one administrative unit (K-UNITS code). Every query of such records is limited to the
/// caller's <see cref="Security.DataScope"/>, and every change outside it is refused (ScopeGuardInterceptor).
/// </summary>
public interface IUnitScoped
{
    string UnitCode { get; }
}

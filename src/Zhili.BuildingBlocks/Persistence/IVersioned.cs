namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// An aggregate that users change (ARCHITECTURE rule 16). Its <see cref="Version"/> is the concurrency token of every
/// save: <see cref="VersionInterceptor"/> moves it whenever the record or one of its parts changes, so of two saves that
/// read the same version only the first succeeds and the other fails whole (409). A part is a record whose relationship
/// to the aggregate, or to another part, deletes it with its owner (cascade delete): the model already says it.
/// New rows start at version 0, whether written by SaveChanges or by a plain insert.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>What a command does with an aggregate's version besides saving it (ARCHITECTURE rule 16).</summary>
public static class Versions
{
    /// <summary>
    /// The version a form showed, when it carries one: a different version means somebody changed the record since the
    /// reader saw it, so the change is refused (409) instead of overwriting theirs.
    /// </summary>
    public static void Expect(this IVersioned record, int? shown)
    {
        if (shown is { } version && version != record.Version)
        {
            throw new ConflictException();
        }
    }

    // Records touched for the next save of each context; the version interceptor takes them.
    private static readonly ConditionalWeakTable<DbContext, List<IVersioned>> Touched = new();

    /// <summary>
    /// Marks a loaded record as changed by the context's next save although none of its columns is: its version moves,
    /// so a save that read it concurrently fails. For a change that belongs to the record without being one of its parts
    /// (a unit added under a parent unit). Like a part's change, the move alone is neither judged nor logged.
    /// </summary>
    public static void Touch(this DbContext context, IVersioned record) => Touched.GetOrCreateValue(context).Add(record);

    internal static List<IVersioned> TakeTouched(DbContext context)
    {
        if (!Touched.TryGetValue(context, out var records))
        {
            return [];
        }

        Touched.Remove(context);
        return records;
    }
}

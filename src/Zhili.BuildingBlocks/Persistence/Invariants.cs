using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// Invariants across rows as database constraints (ARCHITECTURE rule 16): a unique index, partial where the rule is
/// "at most one open X per Y", names its rule and message, so that the save that would break it fails whole and its
/// caller gets 409 with them (<see cref="ConflictProblem"/>). Any other unique key broken by a race is a
/// conflict too, without a rule.
/// </summary>
public static partial class Invariants
{
    private const string RuleAnnotation = "Zhili:Rule";
    private const string MessageAnnotation = "Zhili:Conflict";

    /// <summary>The index enforces this rule; <paramref name="message"/> says, in Chinese, what the loser of a race did.</summary>
    public static IndexBuilder<T> Enforces<T>(this IndexBuilder<T> index, string rule, string message) =>
        index.HasAnnotation(RuleAnnotation, rule).HasAnnotation(MessageAnnotation, message);

    /// <summary>The unique key the failed save broke, as the invariant it enforces; null when no unique key was broken.</summary>
    public static Conflict? BrokenBy(DbUpdateException e)
    {
        // The entry's type, not its context: the failure may be answered after the context was disposed (the intake writer's).
        var model = e.Entries.Count > 0 ? e.Entries[0].Metadata.Model : null;
        var index = e.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => new Broken(pg.ConstraintName, null, []),
            SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } sqlite => Parse(sqlite.Message),
            _ => null,
        };
        if (index is null)
        {
            return null;
        }

        var found = model?.GetEntityTypes().SelectMany(t => t.GetIndexes()).FirstOrDefault(index.Matches);
        return found?[RuleAnnotation] is string rule && found[MessageAnnotation] is string message
            ? new Conflict(message, rule)
            : new Conflict(ConflictProblem.Taken, null);
    }

    /// <summary>SQLite names the table and columns ("UNIQUE constraint failed: t.a, t.b"), or the index of an expression.</summary>
    private static Broken Parse(string message)
    {
        if (IndexName().Match(message) is { Success: true } named)
        {
            return new Broken(named.Groups[1].Value, null, []);
        }

        var columns = Columns().Match(message) is { Success: true } m
            ? m.Groups[1].Value.Split(", ").Select(c => c.Split('.')).Where(p => p.Length == 2).ToList()
            : [];
        return new Broken(null, columns.FirstOrDefault()?[0], columns.Select(p => p[1]).ToList());
    }

    private sealed record Broken(string? Name, string? Table, IReadOnlyList<string> Columns)
    {
        public bool Matches(IIndex index)
        {
            if (Name is not null)
            {
                return index.GetDatabaseName() == Name;
            }

            var store = StoreObjectIdentifier.Table(index.DeclaringEntityType.GetTableName() ?? "", index.DeclaringEntityType.GetSchema());
            return index.IsUnique && store.Name == Table && index.Properties.Select(p => p.GetColumnName(store)).SequenceEqual(Columns);
        }
    }

    [GeneratedRegex("UNIQUE constraint failed: index '([^']+)'")]
    private static partial Regex IndexName();

    [GeneratedRegex(@"constraint failed: ([\w.]+(?:, [\w.]+)*)")]
    private static partial Regex Columns();
}

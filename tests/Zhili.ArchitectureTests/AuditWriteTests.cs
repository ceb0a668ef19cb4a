using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Zhili.ArchitectureTests;

/// <summary>
/// ARCHITECTURE rule 11: one writer path for audit records, and every write that goes past SaveChanges (and so past
/// the audit interceptor) is either audited through <c>AuditedUpdate</c> or says in a comment why it needs no record.
/// </summary>
public sealed partial class AuditWriteTests
{
    private const string Justified = "Not audited:";

    // A justification sits in the lines just above the write; an audited write records itself in the lines just after.
    private const int Above = 4;
    private const int After = 12;

    [Fact]
    public void Audit_every_write_past_SaveChanges_is_audited_or_says_why_not()
    {
        var src = Src();
        var unexplained = Files(src).SelectMany(f => Unexplained(File.ReadAllLines(f))
            .Select(i => $"{Path.GetRelativePath(src, f)}:{i + 1}")).ToList();

        unexplained.ShouldBeEmpty();
    }

    [Fact]
    public void Audit_the_scan_refuses_a_write_that_is_neither_audited_nor_justified()
    {
        string[] bare = ["await db.Appeals.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.State, x), ct);"];
        string[] raw = ["var sql = $\"DELETE FROM {table} WHERE id = {{0}}\";", "await db.Database.ExecuteSqlRawAsync(sql, [id], ct);"];
        string[] justified = ["// Not audited: a job's claim, not a person's work.", "await db.Runs.ExecuteDeleteAsync(ct);"];
        string[] audited = ["await db.Runs.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Node, n), ct);",
            "var run = await db.Runs.SingleAsync(r => r.Id == id, ct);", "await AuditedUpdate.RecordAsync(db, run, before, after, ct);"];

        Unexplained(bare).ShouldBe([0]);
        Unexplained(raw).ShouldBe([0, 1]);
        Unexplained(justified).ShouldBeEmpty();
        Unexplained(audited).ShouldBeEmpty();
    }

    [Fact]
    public void Audit_records_have_one_writer()
    {
        var src = Src();
        var files = Files(src).Select(f => (Path: Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'), Text: File.ReadAllText(f))).ToList();

        // Audit rows are built from the drafts of a save only, and inserted by AuditInsert only, called by AuditWriter only.
        Where(files, @"new AuditRecord\b").ShouldBe(["Zhili.BuildingBlocks/Audit/AuditSave.cs"]);
        Where(files, @"AuditInsert\.Write").ShouldBe(["Zhili.BuildingBlocks/Audit/AuditWriter.cs"]);
        // No audit record is added through a context (which would bypass ids, MACs and the sealer's order).
        Where(files, @"Records\.(Add|AddRange|Attach|Update)\(|Set<AuditRecord>\(\)\.(Add|AddRange|Attach|Update)\(").ShouldBeEmpty();
        // SQL that inserts rows sits beside the audit table only in the one writer.
        Where(files, "INSERT INTO").Where(f => files.Single(x => x.Path == f).Text.Contains("AuditTable", StringComparison.Ordinal))
            .ShouldBe(["Zhili.BuildingBlocks/Audit/AuditInsert.cs"]);
    }

    /// <summary>Indexes of lines that write past SaveChanges with neither a justification above nor an audit record after.</summary>
    private static List<int> Unexplained(string[] lines) =>
        lines.Select((line, i) => (line, i))
            .Where(x => Write().IsMatch(x.line))
            .Where(x => !lines[Math.Max(0, x.i - Above)..(x.i + 1)].Any(l => l.Contains(Justified, StringComparison.Ordinal)))
            .Where(x => !lines[x.i..Math.Min(lines.Length, x.i + After)].Any(l => l.Contains("AuditedUpdate.Record", StringComparison.Ordinal)))
            .Select(x => x.i)
            .ToList();

    private static List<string> Where(List<(string Path, string Text)> files, string pattern) =>
        files.Where(f => Regex.IsMatch(f.Text, pattern)).Select(f => f.Path).Order(StringComparer.Ordinal).ToList();

    private static string Src() => Path.Combine(ClockTests.RepositoryRoot(), "src");

    // Migrations create and alter the schema; they write no records of anyone's work.
    private static IEnumerable<string> Files(string src) => OneWayTests.SourceFiles(src)
        .Where(f => !f.Replace(Path.DirectorySeparatorChar, '/').Contains("/Migrations/", StringComparison.Ordinal));

    // EF's bulk writes, raw SQL executed without a result, and SQL text that changes rows.
    [GeneratedRegex(@"\.(ExecuteUpdate|ExecuteDelete|ExecuteSqlRaw|ExecuteSqlInterpolated|ExecuteSql|ExecuteNonQuery)(Async)?\(|""[^""]*\b(INSERT INTO|DELETE FROM|UPDATE\s+\{?\w[^""]*\bSET)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Write();
}

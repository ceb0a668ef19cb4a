namespace Zhili.BuildingBlocks.Audit;

/// <summary>How a chain is broken: a record's content changed, or sealed records are missing.</summary>
public enum AuditBreakKind
{
    Changed,
    Missing,
}

/// <summary>The first broken link: the Seq where the chain breaks and the record found there.</summary>
/// <param name="Seq">For <see cref="AuditBreakKind.Missing"/>, the first missing Seq.</param>
/// <param name="RecordId">The record at the break; for a gap, the first record after it.</param>
public sealed record AuditBreak(long Seq, long RecordId, AuditBreakKind Kind, string Reason);

/// <summary>The outcome of <see cref="AuditVerifier"/>: intact, or the first broken link; and how many records it covers.</summary>
/// <param name="Sealed">Sealed records checked, up to the break if there is one.</param>
/// <param name="Unsealed">Records not chained yet (the sealer runs every few seconds).</param>
/// <param name="Head">
/// The hash of the last sealed record of an intact chain. A chain cannot show that its newest records were cut off:
/// writing the head down (e.g. in the auditor's report) and finding it again later proves that they were not.
/// </param>
public sealed record AuditVerification(bool IsIntact, long Sealed, long Unsealed, AuditBreak? Break, string? Head = null)
{
    public static AuditVerification Intact(long sealedCount, long unsealed, string? head) => new(true, sealedCount, unsealed, null, head);

    public static AuditVerification Broken(long checkedCount, long unsealed, AuditBreak at) => new(false, checkedCount, unsealed, at);

    /// <summary>One line, as the CLI prints it.</summary>
    public string Summary => Break is { } b
        ? $"broken at seq {b.Seq} (record id {b.RecordId}): {b.Reason}"
        : $"intact: {Sealed} records";
}

namespace Zhili.BuildingBlocks.Audit;

/// <summary>What <see cref="AuditVerifier"/> can find wrong, each reported on its own.</summary>
public enum AuditFindingKind
{
    /// <summary>A sealed record's content no longer matches its MAC: it was rewritten.</summary>
    Rewritten,

    /// <summary>A sealed batch holds fewer records than were sealed in it: records were deleted.</summary>
    Deleted,

    /// <summary>A sealed batch holds more records than were sealed in it: records were slipped in.</summary>
    Inserted,

    /// <summary>A batch's records all match their MACs and their count, but not the batch's hash: records were swapped or the seal was edited.</summary>
    Altered,

    /// <summary>Batch numbers are missing between two sealed batches.</summary>
    BatchMissing,

    /// <summary>The newest checkpoint names a batch the database no longer has: sealed batches were cut off the end.</summary>
    Truncated,

    /// <summary>The newest checkpoint's batch has another hash in the database: sealed records were rewritten and sealed again.</summary>
    Diverged,

    /// <summary>A record not sealed yet does not match its MAC (or has none).</summary>
    UnsealedRewritten,

    /// <summary>A record, batch or checkpoint names a key that is not configured, so it cannot be checked.</summary>
    UnknownKey,

    /// <summary>The newest checkpoint's own MAC does not match: the checkpoint file was edited.</summary>
    CheckpointForged,

    /// <summary>The legacy hash chain of records sealed one by one (before batches) is broken.</summary>
    LegacyBroken,
}

/// <param name="Batch">The batch it concerns, if any.</param>
/// <param name="RecordId">The record it concerns, if any.</param>
public sealed record AuditFinding(AuditFindingKind Kind, long? Batch, long? RecordId, string Reason);

/// <summary>The outcome of <see cref="AuditVerifier"/>: intact, or every finding (up to a limit), with what it covered.</summary>
/// <param name="Batches">Sealed batches in the database.</param>
/// <param name="Sealed">Records found in sealed batches.</param>
/// <param name="Unsealed">Records not sealed yet (the sealer runs every few seconds).</param>
/// <param name="Head">The newest sealed batch, if any.</param>
/// <param name="Checkpoint">The newest checkpoint outside the database, if any: null means truncation cannot be ruled out.</param>
public sealed record AuditVerification(
    IReadOnlyList<AuditFinding> Findings, long Batches, long Sealed, long Unsealed, AuditSeal? Head, AuditCheckpoint? Checkpoint)
{
    public bool IsIntact => Findings.Count == 0;

    /// <summary>One line, as the CLI prints it.</summary>
    public string Summary => Findings.Count switch
    {
        0 => $"intact: {Sealed} records in {Batches} batches",
        1 => $"broken: {Findings[0].Kind}: {Findings[0].Reason}",
        var n => $"broken: {Findings[0].Kind}: {Findings[0].Reason} (and {n - 1} more findings)",
    };
}

namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>Configuration section <c>Zhili:Hotline:Intake</c> of the <see cref="IntakeWriter"/>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Zhili:Hotline:Intake";

    /// <summary>
    /// Concurrent batch writers. SQLite writes one transaction at a time anyway (default 1). On PostgreSQL (default 2) one
    /// writer inserts its batch while the other commits; writers share no lock for the audit trail, so whether more of
    /// them pay is for the intake benchmark to say (bench/RESULTS.md).
    /// </summary>
    public int? Writers { get; set; }

    /// <summary>The most appeals in one transaction; under load batches form by themselves while the previous one commits.</summary>
    public int MaxBatch { get; set; } = 256;
}

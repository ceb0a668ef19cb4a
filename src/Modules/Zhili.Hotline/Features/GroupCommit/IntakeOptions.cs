namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>Configuration section <c>Zhili:Hotline:Intake</c> of the <see cref="IntakeWriter"/>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Zhili:Hotline:Intake";

    /// <summary>
    /// Concurrent batch writers. SQLite writes one transaction at a time anyway (default 1). On PostgreSQL (default 2) one
    /// writer inserts its batch while the other chains its audit records and commits; the chain's lock lets only one do
    /// that at a time, so more writers only wait (bench/RESULTS.md, fourth round).
    /// </summary>
    public int? Writers { get; set; }

    /// <summary>The most appeals in one transaction; under load batches form by themselves while the previous one commits.</summary>
    public int MaxBatch { get; set; } = 256;
}

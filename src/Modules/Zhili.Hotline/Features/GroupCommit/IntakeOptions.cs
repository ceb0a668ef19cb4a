namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>Configuration section <c>Zhili:Hotline:Intake</c> of the <see cref="IntakeWriter"/>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Zhili:Hotline:Intake";

    /// <summary>
    /// Concurrent batch writers. SQLite writes one transaction at a time anyway (default 1); PostgreSQL takes several at
    /// once and combines their flushes (default 4).
    /// </summary>
    public int? Writers { get; set; }

    /// <summary>The most appeals in one transaction; under load batches form by themselves while the previous one commits.</summary>
    public int MaxBatch { get; set; } = 256;
}

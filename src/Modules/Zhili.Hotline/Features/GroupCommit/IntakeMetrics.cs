using System.Diagnostics.Metrics;

namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>
/// The intake writer's instruments (meter <c>Zhili.Hotline.Intake</c>, e.g. <c>dotnet-counters monitor --counters
/// Zhili.Hotline.Intake</c>): how many appeals each commit carries and how long a batch takes.
/// </summary>
public sealed class IntakeMetrics
{
    public const string MeterName = "Zhili.Hotline.Intake";

    private readonly Counter<long> committed;
    private readonly Counter<long> refused;
    private readonly Histogram<int> batchSize;
    private readonly Histogram<double> batchDuration;

    public IntakeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        committed = meter.CreateCounter<long>("zhili.hotline.intake.committed", "{appeal}", "Appeals committed and acknowledged");
        refused = meter.CreateCounter<long>("zhili.hotline.intake.failed", "{appeal}", "Appeals whose write failed (their requests were told so)");
        batchSize = meter.CreateHistogram<int>("zhili.hotline.intake.batch.size", "{appeal}", "Appeals taken into one transaction");
        batchDuration = meter.CreateHistogram<double>("zhili.hotline.intake.batch.duration", "ms", "From the first insert to the commit");
    }

    public void Batch(int size, TimeSpan duration)
    {
        batchSize.Record(size);
        batchDuration.Record(duration.TotalMilliseconds);
    }

    public void Committed(int count) => committed.Add(count);

    public void Failed() => refused.Add(1);
}

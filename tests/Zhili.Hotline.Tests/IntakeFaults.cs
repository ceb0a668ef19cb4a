using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zhili.BuildingBlocks.Audit;
using Zhili.Hotline.Data;

namespace Zhili.Hotline.Tests;

/// <summary>
/// Faults for the intake writer's tests, added to every module's context the way the audit interceptor is. It holds the
/// writer at the insert of an appeal described <see cref="Hold"/> until released, refuses the insert of an appeal
/// described <see cref="Poison"/> as a database would, and fails every hotline commit while <see cref="FailCommits"/>.
/// </summary>
internal sealed class IntakeFaults : DbCommandInterceptor, IAuditingInterceptor, IDbTransactionInterceptor
{
    public const string Hold = "HOLD：写入者在此等待";
    public const string Poison = "POISON：数据库拒绝此条";

    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool failCommits;

    /// <summary>Completes when the writer has reached the held appeal's insert (inside its transaction).</summary>
    public Task Held => held.Task;

    public bool FailCommits
    {
        get => failCommits;
        set => failCommits = value;
    }

    public void Release() => released.TrySetResult();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Carries(command, Hold))
        {
            held.TrySetResult();
            await released.Task;
        }

        return Carries(command, Poison) ? throw new InvalidOperationException("the database refuses this appeal (test fault)") : result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        FailCommits && eventData.Context is HotlineDbContext
            ? throw new InvalidOperationException("the commit failed (test fault)")
            : ValueTask.FromResult(result);

    private static bool Carries(DbCommand command, string text) =>
        command.Parameters.Cast<DbParameter>().Any(p => p.Value is string s && s.Contains(text, StringComparison.Ordinal));
}

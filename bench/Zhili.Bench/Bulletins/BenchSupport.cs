using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zhili.Kernel.Units;

namespace Zhili.Bench.Bulletins;

/// <summary>A clock that stands still at the bulletin's "now".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The bench's 500 units are not in the directory: names fall back to codes, as for any unknown code.</summary>
internal sealed class BenchUnits : IAdminUnits
{
    public IReadOnlyList<AdminUnit> All => [];

    public AdminUnit Get(string code) => throw new KeyNotFoundException(code);

    public AdminUnit? Find(string code) => null;

    public IReadOnlyList<AdminUnit> Under(string code) => [];

    public Block? BlockOf(string code) => null;

    public AdminUnit? CountyLevelOf(string code) => null;
}

/// <summary>Keeps the SQL of the last commands and how long each took, so that the bench can print SQLite's plan for each.</summary>
internal sealed class CommandLog : DbCommandInterceptor
{
    public List<(string Sql, (string Name, object? Value)[] Parameters)> Commands { get; } = [];

    public List<TimeSpan> Durations { get; } = [];

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Durations.Add(eventData.Duration);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Durations.Add(eventData.Duration);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

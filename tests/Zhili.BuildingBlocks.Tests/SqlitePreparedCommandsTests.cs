using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Tests;

/// <summary>
/// On SQLite every module context keeps the statements it runs compiled while its connection is open: the same SQL runs
/// again on the same command, with that run's own parameters and transaction, and nothing is kept once the connection closes.
/// </summary>
public sealed class SqlitePreparedCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("zhili-prepared-").FullName;
    private readonly Executed executed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_insert_runs_on_one_kept_command_with_each_rows_own_values()
    {
        await using var db = await OpenAsync();
        await db.Database.OpenConnectionAsync(Ct);
        foreach (var name in new[] { "甲", "乙", null })
        {
            db.Items.Add(new Item { Name = name, Count = 7 });
            await db.SaveChangesAsync(Ct);
        }

        executed.Inserts.Distinct().Count().ShouldBe(1);
        executed.Inserts.Count.ShouldBe(3);
        (await db.Items.OrderBy(i => i.Id).Select(i => i.Name).ToListAsync(Ct)).ShouldBe(["甲", "乙", null]);
    }

    [Fact]
    public async Task A_query_run_again_while_its_reader_is_open_gets_a_command_of_its_own()
    {
        await using var db = await OpenAsync();
        await db.Database.OpenConnectionAsync(Ct);
        db.Items.AddRange(new Item { Name = "甲", Count = 1 }, new Item { Name = "乙", Count = 2 });
        await db.SaveChangesAsync(Ct);

        var pairs = new List<string>();
        await foreach (var outer in db.Items.AsNoTracking().OrderBy(i => i.Id).AsAsyncEnumerable().WithCancellation(Ct))
        {
            foreach (var inner in await db.Items.AsNoTracking().OrderBy(i => i.Id).ToListAsync(Ct))
            {
                pairs.Add(outer.Name + inner.Name);
            }
        }

        pairs.ShouldBe(["甲甲", "甲乙", "乙甲", "乙乙"]);
    }

    [Fact]
    public async Task A_kept_command_takes_each_runs_transaction_so_a_rollback_undoes_only_its_own_rows()
    {
        await using var db = await OpenAsync();
        await db.Database.OpenConnectionAsync(Ct);
        await using (var undone = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Items.Add(new Item { Name = "undone", Count = 1 });
            await db.SaveChangesAsync(Ct);
            await undone.RollbackAsync(Ct);
        }

        db.ChangeTracker.Clear();
        await using (var kept = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Items.Add(new Item { Name = "kept", Count = 1 });
            await db.SaveChangesAsync(Ct);
            await kept.CommitAsync(Ct);
        }

        db.Items.Add(new Item { Name = "alone", Count = 1 });
        await db.SaveChangesAsync(Ct);

        executed.Inserts.Distinct().Count().ShouldBe(1);
        (await db.Items.OrderBy(i => i.Id).Select(i => i.Name).ToListAsync(Ct)).ShouldBe(["kept", "alone"]);
    }

    [Fact]
    public async Task Nothing_is_kept_once_the_connection_closes()
    {
        await using var db = await OpenAsync();
        for (var open = 0; open < 2; open++)
        {
            await db.Database.OpenConnectionAsync(Ct);
            db.Items.Add(new Item { Name = $"open {open}", Count = open });
            await db.SaveChangesAsync(Ct);
            await db.Database.CloseConnectionAsync();
        }

        executed.Inserts.Distinct().Count().ShouldBe(2);
        (await db.Items.CountAsync(Ct)).ShouldBe(2);
    }

    private async Task<Store> OpenAsync()
    {
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "store.db")}" };
        var builder = new DbContextOptionsBuilder<Store>();
        ModuleDbContextRegistration.Configure(builder, options, "store").AddInterceptors(executed);
        var db = new Store(builder.Options);
        await db.Database.EnsureCreatedAsync(Ct);
        executed.Inserts.Clear();
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The command each insert ran on, as the provider received it.</summary>
    private sealed class Executed : DbCommandInterceptor
    {
        public List<DbCommand> Inserts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("INSERT", StringComparison.Ordinal))
            {
                Inserts.Add(command);
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class Store(DbContextOptions<Store> options) : DbContext(options)
    {
        public DbSet<Item> Items => Set<Item>();
    }

    private sealed class Item
    {
        public int Id { get; private set; }

        public string? Name { get; set; }

        public int Count { get; set; }
    }
}

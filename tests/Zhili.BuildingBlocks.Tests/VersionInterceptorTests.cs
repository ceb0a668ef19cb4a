using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Validation;

namespace Zhili.BuildingBlocks.Tests;

/// <summary>
/// ARCHITECTURE rule 16: the version interceptor moves an aggregate's version when only its parts change, so a save
/// that read the aggregate before fails. A model of its own on a SQLite file: an order, its lines (parts), their notes
/// (parts of parts).
/// </summary>
public sealed class VersionInterceptorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("zhili-versions-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_to_a_part_alone_moves_its_aggregates_version()
    {
        var id = await SeedAsync();
        await using (var db = Open())
        {
            var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == id, Ct);
            order.Lines.Add(new Line { Text = "second" });
            await db.SaveChangesAsync(Ct);
            order.Version.ShouldBe(1);
            order.Lines[0].Text = "first, changed";
            await db.SaveChangesAsync(Ct);
            order.Version.ShouldBe(2);
        }

        await using (var db = Open())
        {
            // A part of a part, with its owner loaded: the order is left unloaded and moved in the database.
            var line = await db.Lines.Include(l => l.Notes).FirstAsync(l => l.OrderId == id, Ct);
            line.Notes.Add(new Note { Text = "urgent" });
            await db.SaveChangesAsync(Ct);
            db.Remove(line.Notes[0]);
            await db.SaveChangesAsync(Ct);
            (await db.Orders.AsNoTracking().SingleAsync(o => o.Id == id, Ct)).Version.ShouldBe(4);
        }
    }

    [Fact]
    public async Task Of_two_saves_that_read_the_same_version_and_only_add_parts_the_second_fails()
    {
        var id = await SeedAsync();
        await using var first = Open();
        await using var second = Open();
        var mine = await first.Orders.SingleAsync(o => o.Id == id, Ct);
        var theirs = await second.Orders.SingleAsync(o => o.Id == id, Ct);
        first.Lines.Add(new Line { OrderId = mine.Id, Text = "mine" });
        second.Lines.Add(new Line { OrderId = theirs.Id, Text = "theirs" });

        await first.SaveChangesAsync(Ct);
        var lost = await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));

        ConflictProblem.Of(lost)!.Message.ShouldBe(ConflictProblem.Stale);
        await using var after = Open();
        (await after.Lines.CountAsync(l => l.OrderId == id, Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task A_form_that_showed_an_older_version_is_refused_as_a_conflict()
    {
        var id = await SeedAsync();
        await using var db = Open();
        var order = await db.Orders.SingleAsync(o => o.Id == id, Ct);
        order.Name = "renamed";
        await db.SaveChangesAsync(Ct);

        order.Expect(1);
        var stale = Should.Throw<ConflictException>(() => order.Expect(0));
        ConflictProblem.Of(stale)!.Message.ShouldBe("该记录已被他人修改，请刷新后重试");
    }

    private async Task<int> SeedAsync()
    {
        await using var db = Open();
        // A throwaway model without migrations: its tables are made from the model itself.
        await db.Database.EnsureCreatedAsync(Ct);
        var order = new Order { Name = "order", Lines = [new Line { Text = "first" }] };
        db.Orders.Add(order);
        await db.SaveChangesAsync(Ct);
        order.Version.ShouldBe(0);
        return order.Id;
    }

    private Shop Open() => new(new DbContextOptionsBuilder<Shop>()
        .UseSqlite($"Data Source={Path.Combine(folder, "shop.db")}").AddInterceptors(VersionInterceptor.Instance).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private sealed class Shop(DbContextOptions<Shop> options) : DbContext(options)
    {
        public DbSet<Order> Orders => Set<Order>();

        public DbSet<Line> Lines => Set<Line>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Order>().HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Line>().HasMany(l => l.Notes).WithOne().HasForeignKey(n => n.LineId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.ApplyZhiliConventions(this, "shop");
        }
    }

    private sealed class Order : IVersioned
    {
        public int Id { get; private set; }

        public int Version { get; private set; }

        public required string Name { get; set; }

        public List<Line> Lines { get; init; } = [];
    }

    private sealed class Line
    {
        public int Id { get; private set; }

        public int OrderId { get; set; }

        public required string Text { get; set; }

        public List<Note> Notes { get; init; } = [];
    }

    private sealed class Note
    {
        public int Id { get; private set; }

        public int LineId { get; set; }

        public required string Text { get; set; }
    }
}

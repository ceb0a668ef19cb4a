using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features.Duplicates;
using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.IntakeKit;

namespace Zhili.Hotline.Tests;

/// <summary>
/// H-FLOW duplicate suggestions for the office come from each node's memory (<see cref="DuplicateFeed"/>), kept as the
/// database has it: what it answers must be what the two database reads answer, and a change made on another node
/// must reach it.
/// </summary>
public sealed class DuplicateFeedTests
{
    private static readonly DateTime Now = ZhiliFactory.DefaultNow.UtcDateTime;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_suggestions_from_memory_are_what_the_database_reads_give(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var finder = scope.ServiceProvider.GetRequiredService<DuplicateFinder>();
        var feed = app.Web.Services.GetRequiredService<DuplicateFeed>();
        var options = new DuplicateOptions();
        var random = new Random(20180701);
        (await feed.FindAsync(Probe(random), CancellationToken.None)).ShouldNotBeNull(); // filled while the table is empty

        // 400 appeals over 11 days around now, a few callers, three categories, five spellings of place, points
        // scattered over about 800 m: many near one another, some at a distance close to the limit.
        var stored = new List<Appeal>();
        for (var i = 0; i < 400; i++)
        {
            // Each at its own microsecond: the newest ten must not depend on how a tie is broken.
            var a = Appeal(random, $"HLFEED{i:000000}", Now.AddMinutes(random.Next(-9 * 24 * 60, 2 * 24 * 60)).AddMicroseconds(i));
            db.Appeals.Add(a);
            stored.Add(a);
        }

        await db.SaveChangesAsync(Ct);
        // Then a quarter closed and a tenth linked as followers of an open appeal: the feed reads them as changes.
        foreach (var a in stored.Where((_, i) => i % 4 == 1))
        {
            a.Close(ClosureReason.Resolved, null, Now, "office");
        }

        var primary = stored[0];
        foreach (var a in stored.Where((_, i) => i % 10 == 3 && i % 4 != 1))
        {
            a.LinkTo(primary, false, Now, "office");
        }

        await db.SaveChangesAsync(Ct);
        await Compare(200);

        // One follower unlinked goes back to being suggested.
        var back = stored[3];
        back.Unlink(Now, "office");
        await db.SaveChangesAsync(Ct);
        await Compare(200);

        async Task Compare(int probes)
        {
            var matched = 0;
            for (var i = 0; i < probes; i++)
            {
                var p = Probe(random);
                var fromMemory = await feed.FindAsync(p, Ct);
                fromMemory.ShouldNotBeNull();
                var read = await finder.ReadAsync(p, Ct);
                fromMemory.Keys.Order().ShouldBe(read.Keys.Order(), $"probe {i}: {p}");
                fromMemory.Values.ShouldAllBe(c => read[c.Id] == c);
                matched += read.Count > 0 ? 1 : 0;
            }

            // The comparison means something only if most probes match some appeals and some match none.
            matched.ShouldBeInRange(probes / 2, probes - 1);
        }

        // From now on (the window the memory holds reaches back from when it was filled), a third from callers never seen.
        DuplicateProbe Probe(Random r) => DuplicateProbe.Of(
            Appeal(r, "HLFEEDPROBE", Now.AddMinutes(r.Next(24 * 60)), r.Next(3) == 0 ? $"1390371{r.Next(10_000):0000}" : null), options);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_suggestions_on_one_node_see_appeals_received_and_closed_on_another(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var one = IntakeApp.On(database);
        await using var other = IntakeApp.On(database);
        var feed = one.Web.Services.GetRequiredService<DuplicateFeed>();
        var first = await one.Client(Office).PostOk(Appeals, NewAppeal(phone: "13903710071"));
        first.Suggested().ShouldBeEmpty();

        // Received on the other node: this one learns of it when it next reads the events (every second).
        var elsewhere = await other.Client(Office).PostOk(Appeals, NewAppeal(phone: "13903710072"));
        elsewhere.Suggested().ShouldBe([first.Id()]);
        await feed.CatchUpAsync(always: true, Ct);
        var here = await one.Client(Office).PostOk(Appeals, NewAppeal(phone: "13903710073"));
        here.Suggested().Order().ShouldBe([first.Id(), elsewhere.Id()]);

        // Closed on the other node: no longer suggested here, once read.
        await other.Client(Office).PostOk($"{Appeals}/{elsewhere.Id()}/close", new { reason = "Resolved" });
        await feed.CatchUpAsync(always: true, Ct);
        (await one.Client(Office).PostOk(Appeals, NewAppeal(phone: "13903710074"))).Suggested().Order().ShouldBe([first.Id(), here.Id()]);
    }

    [Fact]
    public void H_FLOW_duplicate_feed_reads_past_an_event_gap_once_it_shows_or_after_the_timeout()
    {
        var t0 = new DateTime(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);
        var mark = new EventWatermark(10, TimeSpan.FromSeconds(10));
        mark.See(9).ShouldBeFalse(); // at or below the watermark: read before
        mark.See(11).ShouldBeTrue();
        mark.See(13).ShouldBeTrue();
        mark.See(13).ShouldBeFalse();
        mark.Advance(t0);
        mark.Low.ShouldBe(11); // 12 not seen yet: an open transaction, or a rollback

        mark.See(12).ShouldBeTrue(); // it committed
        mark.See(15).ShouldBeTrue();
        mark.Advance(t0.AddSeconds(1));
        mark.Low.ShouldBe(13);

        mark.Advance(t0.AddSeconds(10.9)); // 14 has been missing for 9.9 s
        mark.Low.ShouldBe(13);
        mark.Advance(t0.AddSeconds(11));
        mark.Low.ShouldBe(15); // given up on after 10 s
        mark.See(14).ShouldBeFalse();
    }

    [Fact]
    public void H_FLOW_duplicate_memory_answers_only_windows_it_holds_and_drops_what_the_window_has_left()
    {
        var options = new DuplicateOptions();
        var index = new DuplicateIndex(options);
        index.Start(Now.AddDays(-7));
        var random = new Random(7);
        var old = Candidate.Of(Appeal(random, "HLOLD", Now.AddDays(-6), "13903710091"));
        var closed = Candidate.Of(Appeal(random, "HLCLOSED", Now.AddDays(-1), "13903710091")) with { Id = 2 };
        var fresh = Candidate.Of(Appeal(random, "HLFRESH", Now, "13903710091")) with { Id = 3 };
        index.Put(old with { Id = 1 }, live: true);
        index.Put(closed, live: true);
        index.Received(fresh);
        index.Put(closed with { State = AppealState.Closed }, live: false);
        index.Received(closed); // a late copy of a receipt does not bring back what was read since
        index.Count.ShouldBe(3);

        var rows = new Dictionary<long, Candidate>();
        index.Find(DuplicateProbe.Of(Appeal(random, "HLPROBE", Now.AddHours(1), "13903710091"), options), rows).ShouldBeTrue();
        rows.Keys.Order().ShouldBe([1L, 3L]);
        // A probe received a day before the index's start reaches back past it: only the database can answer.
        index.Find(DuplicateProbe.Of(Appeal(random, "HLPROBE", Now.AddDays(-1), "13903710091"), options), []).ShouldBeFalse();

        // The window moves on two days: the old appeal and the closed one go, what is left is still found.
        index.Drop(Now.AddDays(-5));
        index.Count.ShouldBe(1);
        rows.Clear();
        index.Find(DuplicateProbe.Of(Appeal(random, "HLPROBE", Now.AddDays(2), "13903710091"), options), rows).ShouldBeTrue();
        rows.Keys.ShouldBe([3L]);
    }

    private static readonly string[] Phones = ["13903710081", "13903710082", "0371-67180003", "037167180003", "13903710083"];
    private static readonly string[] Codes = ["110101", "110102", "120101"];
    private static readonly string[] Places = ["二七区大学路与陇海路交叉口", "郑州市二七区大学路与陇海路交叉口。", "二七区大学路88号", "中原区建设路", "!!"];

    private static Appeal Appeal(Random r, string number, DateTime at, string? phone = null)
    {
        var located = r.Next(4) > 0;
        var appeal = new Appeal
        {
            TrackingNumber = number, Channel = Channel.Phone, CallerName = "张卫东", CallerPhone = phone ?? Phones[r.Next(Phones.Length)],
            Type = AppealType.Complaint, CategoryCode = Codes[r.Next(Codes.Length)], Address = Places[r.Next(Places.Length)],
            Latitude = located ? 34.7247 + ((r.NextDouble() - 0.5) * 0.008) : null,
            Longitude = located ? 113.6505 + ((r.NextDouble() - 0.5) * 0.008) : null,
            Description = "早晚高峰有流动摊贩占用人行道经营。", ReceivedAt = at, ReceivedBy = "office",
        };
        appeal.Received("office");
        return appeal;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features.GroupCommit;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// H-FLOW intake through the group-commit writer (issue 4, Performance): an appeal is acknowledged only once it is
/// committed, a failing appeal fails only its own request, a failed commit acknowledges nobody, tracking numbers stay
/// distinct, and every appeal has its audit records naming the request that received it.
/// </summary>
public sealed class IntakeTests
{
    private const string Api = "/api/v1/hotline/appeals";
    private const string PublicApi = "/api/v1/hotline/public/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_every_acknowledged_appeal_is_in_the_database_after_the_app_is_disposed(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        var acknowledged = new List<string>();
        var app = IntakeApp.On(database);
        var office = app.Client(Office);
        var sends = Enumerable.Range(0, 40).Select(i => Send(office, i)).ToList();
        // Dispose the app while the later appeals are still in flight: each is either acknowledged or refused.
        await Task.WhenAll(sends.Take(10));
        await app.DisposeAsync();
        foreach (var send in sends)
        {
            if (await Outcome(send) is { } number)
            {
                acknowledged.Add(number);
            }
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(10);
        await using var reopened = IntakeApp.On(database);
        var stored = await reopened.AppealsAsync(acknowledged);
        stored.Select(a => a.TrackingNumber).Order().ShouldBe(acknowledged.Order());
        stored.ShouldAllBe(a => a.Events.Count == 1 && a.Events[0].Kind == "received");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_concurrent_intakes_get_distinct_tracking_numbers_and_each_its_own_audit_records(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);
        var office = app.Client(Office);
        var citizen = app.Client();
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => i % 2 == 0
            ? office.PostAsJsonAsync(Api, NewAppeal(phone: Phone(i)), Ct)
            : citizen.PostAsJsonAsync(PublicApi, Citizen(i), Ct)));

        var received = new Dictionary<string, (string RequestId, bool Office)>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            var number = (await response.ReadJsonAsync()).Str("trackingNumber")!;
            received.Add(number, (response.Headers.GetValues(IntakeApp.RequestIdHeader).Single(), response.RequestMessage!.RequestUri!.AbsolutePath == Api));
        }

        received.Count.ShouldBe(60); // Add throws on a repeated tracking number
        var stored = await app.AppealsAsync(received.Keys);
        stored.Count.ShouldBe(60);
        var appealRecords = (await app.AuditAsync("Appeal")).ToLookup(r => r.EntityId);
        var eventRecords = (await app.AuditAsync("AppealEvent")).ToLookup(r => r.EntityId);
        foreach (var appeal in stored)
        {
            var (requestId, byOffice) = received[appeal.TrackingNumber];
            var record = appealRecords[appeal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)].ShouldHaveSingleItem();
            record.Action.ShouldBe("Added");
            record.RequestId.ShouldBe(requestId);
            record.Actor.ShouldBe(byOffice ? "office.test" : "anonymous");
            record.UnitCode.ShouldBe(byOffice ? Appeal.OfficeUnit : null);
            record.After!.ShouldContain(appeal.TrackingNumber);
            var eventRecord = eventRecords[appeal.Events.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)].ShouldHaveSingleItem();
            eventRecord.RequestId.ShouldBe(requestId);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_an_appeal_the_database_refuses_fails_only_its_own_request(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database, oneWriter: true);
        var office = app.Client(Office);
        var writer = app.Web.Services.GetRequiredService<IntakeWriter>();

        // Hold the writer inside its first transaction, queue a batch of ten with the refused one sixth, then let go:
        // the batch fails at the refused insert, rolls back whole, and is written again one by one.
        var hold = office.PostAsJsonAsync(Api, Described(IntakeFaults.Hold), Ct);
        await app.Faults.Held.WaitAsync(Ct);
        var good = new List<Task<HttpResponseMessage>>();
        good.AddRange(await Queue(writer, Enumerable.Range(0, 5).Select(i => office.PostAsJsonAsync(Api, Described($"好诉求 {i}"), Ct))));
        var poison = (await Queue(writer, [office.PostAsJsonAsync(Api, Described(IntakeFaults.Poison), Ct)])).Single();
        good.AddRange(await Queue(writer, Enumerable.Range(5, 4).Select(i => office.PostAsJsonAsync(Api, Described($"好诉求 {i}"), Ct))));
        app.Faults.Release();

        (await poison).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var numbers = new List<string>();
        foreach (var response in (await Task.WhenAll(good.Prepend(hold))))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            numbers.Add((await response.ReadJsonAsync()).Str("trackingNumber")!);
        }

        var stored = await app.AppealsAsync(numbers);
        stored.Count.ShouldBe(10);
        stored.Select(a => a.Id).Distinct().Count().ShouldBe(10);
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        (await db.Appeals.CountAsync(a => a.Description.StartsWith("POISON"), Ct)).ShouldBe(0);
        (await db.Appeals.CountAsync(Ct)).ShouldBe(10);
        (await app.AuditAsync("Appeal")).Select(r => r.EntityId).Order()
            .ShouldBe(stored.Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_failed_commit_acknowledges_nobody(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database, oneWriter: true);
        var office = app.Client(Office);
        var writer = app.Web.Services.GetRequiredService<IntakeWriter>();

        app.Faults.FailCommits = true;
        var hold = office.PostAsJsonAsync(Api, Described(IntakeFaults.Hold), Ct);
        await app.Faults.Held.WaitAsync(Ct);
        var batch = await Queue(writer, Enumerable.Range(0, 6).Select(i => office.PostAsJsonAsync(Api, Described($"提交失败 {i}"), Ct)));
        app.Faults.Release();
        foreach (var response in await Task.WhenAll(batch.Prepend(hold)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        }

        app.Faults.FailCommits = false;
        var after = await office.PostOk(Api, Described("提交恢复后"));
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        (await db.Appeals.Select(a => a.TrackingNumber).ToListAsync(Ct)).ShouldBe([after.Str("trackingNumber")!]);
        (await app.AuditAsync("Appeal")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Intake_on_SQLite_is_flushed_at_every_commit()
    {
        await using var database = await DatabaseInstance.CreateAsync(TestDatabase.Sqlite);
        await using var app = IntakeApp.On(database);
        await app.Client(Office).PostOk(Api, NewAppeal());
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        // WAL with synchronous=FULL (2): a commit returns once the log is on disk. NORMAL (1) would lose the last commits on power loss.
        (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(Ct)).ShouldBe(["wal"]);
        (await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync(Ct)).ShouldBe([2L]);
    }

    /// <summary>Waits until the writer has the requests in its queue (it is held), so that they form one batch.</summary>
    private static async Task<List<Task<HttpResponseMessage>>> Queue(IntakeWriter writer, IEnumerable<Task<HttpResponseMessage>> requests)
    {
        var before = writer.Queued;
        var sent = requests.ToList();
        while (writer.Queued < before + sent.Count)
        {
            // The writer is held, so an answer now means a request never reached its queue: fail, do not wait for ever.
            if (sent.FirstOrDefault(t => t.IsCompleted) is { } early)
            {
                var answer = early.IsCompletedSuccessfully ? $"{(int)early.Result.StatusCode} {await early.Result.Content.ReadAsStringAsync(Ct)}" : $"{early.Exception}";
                throw new InvalidOperationException($"a request was answered before it was queued: {answer}");
            }

            await Task.Delay(10, Ct);
        }

        return sent;
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, int i) => client.PostAsJsonAsync(Api, NewAppeal(phone: Phone(i)), Ct);

    /// <summary>The tracking number when the appeal was acknowledged; null when it was refused or the app was gone.</summary>
    private static async Task<string?> Outcome(Task<HttpResponseMessage> send)
    {
        try
        {
            var response = await send;
            return response.StatusCode == HttpStatusCode.Created ? (await response.ReadJsonAsync()).Str("trackingNumber") : null;
        }
        catch (Exception e) when (e is HttpRequestException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Phone(int i) => $"1380371{i:0000}";

    private static object Described(string description) => new
    {
        channel = "Phone", callerName = "张卫东", callerPhone = "13803710001", confidential = false, type = "Complaint", urgent = false,
        categoryCode = "110101", address = "二七区大学路与陇海路交叉口", description,
    };

    private static object Citizen(int i) => new
    {
        callerName = "欧阳明华", callerPhone = Phone(i), confidential = false, type = "Help", categoryCode = "110202",
        address = "中原区建设路桐柏路口", description = "路口三盏路灯连续一周不亮，夜间过马路很危险。",
    };
}

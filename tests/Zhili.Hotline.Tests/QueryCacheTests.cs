using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Data;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// Every query on appeals passes the data-scope filter, which names the units in scope as one list parameter. EF keeps the
/// SQL it generates for a query only when that list goes to the database as a single parameter (an array on PostgreSQL,
/// JSON on SQLite); expanded into one parameter per unit, EF's default on SQLite, the SQL was generated again at every
/// run, a quarter of the office intake's CPU (issue 4, Performance).
/// </summary>
public sealed class QueryCacheTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_SCOPE_the_scope_filter_lets_EF_keep_the_SQL_of_a_query(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var texts = new List<string>();
        using var listening = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data && data.Context == db)
                    {
                        texts.Add(data.Command.CommandText);
                    }
                }));
            }
        }));

        // A district's scope, another district's of another size, and a third district's of the first one's size: each
        // request of each user brings a scope of its own.
        string[][] districts = [["410102", "410102001"], ["410103"], ["410104", "410104001"]];
        foreach (var units in districts)
        {
            using (DataScope.Enter(DataScope.For(units)))
            {
                for (var run = 0; run < 3; run++)
                {
                    await db.Appeals.Where(a => a.TrackingNumber != "none").Select(a => a.Id).ToListAsync(Ct);
                }
            }
        }

        // The same string, not an equal one: a text generated anew is a new string even when it reads the same. EF keeps
        // one text per number of units in the list.
        texts.Count.ShouldBe(9);
        texts[..3].ShouldAllBe(t => ReferenceEquals(t, texts[0]));
        texts[3..6].ShouldAllBe(t => ReferenceEquals(t, texts[3]));
        texts[6..].ShouldAllBe(t => ReferenceEquals(t, texts[0]));
        texts[0].ShouldNotContain("410102", customMessage: "the units are a parameter, never written into the SQL");
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(T value) => next(value);
    }
}

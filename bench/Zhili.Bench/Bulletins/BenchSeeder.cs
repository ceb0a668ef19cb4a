using Microsoft.Data.Sqlite;
using Zhili.Kernel;
using Zhili.Kernel.Calendar;

namespace Zhili.Bench.Bulletins;

/// <summary>
/// Bulk-inserts synthetic appeals (and their timeline events and supervisions) straight into the hotline's SQLite
/// tables, as the app would have written them: one prepared INSERT per table, 100,000 rows a transaction.
/// </summary>
internal sealed class BenchSeeder(SqliteConnection connection, int units, DateOnly first, DateOnly last, DateTime openSince, bool history)
{
    private const string Office = "410100-SZDHS";
    private static readonly string[] Categories = Enumerable.Range(0, 40).Select(i => $"{11 + (i / 10)}{i % 10:00}01").ToArray();
    private readonly CalendarHolder calendar = new();
    private readonly Random random = new(2018);
    private readonly SqliteRows appeals = new(connection, "hotline_appeals",
        "id, tracking_number, channel, caller_name, caller_phone, confidential, type, urgent, category_code, address, latitude, longitude, "
        + "description, state, unit_code, co_unit_codes, received_at, received_by, first_assigned_at, assigned_at, deadline_at, deadline_rule, "
        + "replied_at, first_replied_at, callback_at, satisfaction, reopened_at, closed_at, closure_reason, return_count, reassign_count, "
        + "reopen_count, extension_count, resolved_at_first_contact");
    private readonly SqliteRows events = new(connection, "hotline_appeal_events", "appeal_id, at, kind, actor, unit_code, text, rule");
    private readonly SqliteRows supervisions = new(connection, "hotline_supervisions", "id, appeal_id, level, opened_at, opened_by, reason");
    private readonly SqliteRows escalations = new(connection, "hotline_escalations", "supervision_id, \"from\", \"to\", at, by, reason");
    private long supervisionId;
    private SqliteTransaction? transaction;

    public static string Unit(int i) => $"BENCH-{i:000}";

    public void Seed(int count)
    {
        Commit();
        var from = Civil.StartOfDayUtc(first);
        var span = Civil.EndOfDayUtc(last) - from;
        for (long id = 1; id <= count; id++)
        {
            Appeal(id, from + (span * ((id - 0.5) / count)));
            if (id % 100_000 == 0)
            {
                Commit();
                Console.Write($"\r  {id:N0} appeals");
            }
        }

        transaction!.Commit();
        Console.WriteLine();
    }

    private void Commit()
    {
        transaction?.Commit();
        transaction?.Dispose();
        transaction = connection.BeginTransaction();
        foreach (var rows in new[] { appeals, events, supervisions, escalations })
        {
            rows.Transaction = transaction;
        }
    }

    private void Appeal(long id, DateTime received)
    {
        var type = Pick(20, 30, 35, 10, 5) + 1; // 咨询 求助 投诉 举报 建议
        var unit = Unit(random.Next(units));
        var lat = Math.Round(34.60 + (random.NextDouble() * 0.3), 4);
        var lon = Math.Round(113.50 + (random.NextDouble() * 0.3), 4);
        var category = Categories[Math.Min(random.Next(40), random.Next(40))]; // some categories are hot
        Event(id, received, "received", Office, null);
        if (type == 1 && random.Next(4) == 0)
        {
            // A consultation answered at the first contact by the office.
            var closed = received.AddMinutes(5);
            appeals.Add(id, $"HB{id:000000000}", 1, "张三", "13800000000", 0, type, 0, category, "郑州市某路", lat, lon, "咨询", 5, Office, "[]",
                received, "bench", null, null, null, null, null, null, null, null, null, closed, 1, 0, 0, 0, 0, 1);
            Event(id, closed, "closed", Office, "已解决");
            return;
        }

        var assigned = received.AddMinutes(10);
        var returned = random.Next(50) == 0; // 2 %: returned by a first unit, then 改派
        if (returned)
        {
            var before = Unit(random.Next(units));
            Event(id, assigned, "assigned", before, null);
            Event(id, assigned.AddHours(20), "returned", before, "非本单位职责");
            assigned = assigned.AddHours(22);
            Event(id, assigned, "reassigned", unit, null);
        }
        else
        {
            Event(id, assigned, "assigned", unit, null);
        }

        var days = type switch { 1 => 1, 2 => 3, 3 => 5, _ => 15 };
        var extended = random.Next(33) == 0 ? 1 : 0;
        var deadline = calendar.EndOfDayUtc(calendar.AddWorkingDays(Civil.DateOf(assigned), days + (3 * extended)));
        if (received >= openSince ? random.Next(2) == 0 : random.Next(200) == 0)
        {
            appeals.Add(id, $"HB{id:000000000}", 1, "张三", "13800000000", 0, type, 0, category, "郑州市某路", lat, lon, "诉求", 2, unit, "[]",
                received, "bench", assigned, assigned, deadline, "H-SLA", null, null, null, null, null, null, null, returned ? 1 : 0,
                returned ? 1 : 0, 0, extended, 0);
            return;
        }

        var replied = random.Next(10) < 9 ? assigned + ((deadline - assigned) * random.NextDouble()) : deadline.AddDays(1 + random.Next(5));
        var callback = replied.AddHours(20);
        var satisfaction = Pick(70, 20, 10) + 1;
        var reopened = satisfaction == 3 && random.Next(2) == 0 ? 1 : 0;
        var closedAt = callback.AddMinutes(5);
        appeals.Add(id, $"HB{id:000000000}", 1, "张三", "13800000000", 0, type, 0, category, "郑州市某路", lat, lon, "诉求", 5, unit, "[]",
            received, "bench", assigned, assigned, deadline, extended == 1 ? "H-EXT" : "H-SLA", replied, replied, callback, satisfaction,
            reopened == 1 ? callback : null, closedAt, 1, returned ? 1 : 0, returned ? 1 : 0, reopened, extended, 0);
        Event(id, replied, "replied", unit, "已办理");
        Event(id, callback, "callback", unit, satisfaction switch { 1 => "满意", 2 => "基本满意", _ => "不满意" });
        Event(id, closedAt, "closed", unit, "已解决");
        if (history && random.Next(100) == 0)
        {
            supervisions.Add(++supervisionId, id, 1, assigned.AddDays(2), "bench", "督办");
            if (random.Next(5) == 0)
            {
                escalations.Add(supervisionId, 1, 2, assigned.AddDays(3), "bench", "升级");
            }
        }
    }

    private void Event(long appeal, DateTime at, string kind, string unit, string? text)
    {
        if (history)
        {
            events.Add(appeal, at, kind, "bench", unit, text, "H-FLOW");
        }
    }

    private int Pick(params int[] weights)
    {
        var r = random.Next(weights.Sum());
        for (var i = 0; ; i++)
        {
            if ((r -= weights[i]) < 0)
            {
                return i;
            }
        }
    }
}

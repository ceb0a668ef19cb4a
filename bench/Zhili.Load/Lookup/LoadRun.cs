using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Zhili.Load.Lookup;

/// <param name="Mode"><c>single</c> lookups, <c>batch</c> lookups of <paramref name="BatchSize"/> codes, <c>static</c> (a
/// static file: the HTTP server's raw limit) or <c>unauthorized</c> (a lookup without a key: the pipeline without the handler).</param>
public sealed record LoadOptions(Uri Url, string Mode, int Connections, int Seconds, int WarmupSeconds, string KeyFile, long Employers,
    int ServerPid, int BatchSize);

/// <summary>
/// A closed loop per connection: send, wait for the answer, record the latency, send the next. Codes are drawn at random
/// from the employers on record (1 in 20 listed) plus 5 % codes of employers not on record.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(LoadOptions o)
    {
        var server = new IPEndPoint((await Dns.GetHostAddressesAsync(o.Url.Host))[0], o.Url.Port);
        var keys = o.Mode is "static" or "unauthorized" ? [""] : await File.ReadAllLinesAsync(o.KeyFile);
        var state = new RunState();
        var loops = Enumerable.Range(0, o.Connections).Select(i => Task.Run(() => LoopAsync(o, server, keys, i, state))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(o.WarmupSeconds));
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var (serverBefore, clientBefore) = (CpuSeconds(o.ServerPid), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        var clock = Stopwatch.StartNew();
        state.Measuring = true;
        await Task.Delay(TimeSpan.FromSeconds(o.Seconds));
        state.Measuring = false;
        var elapsed = clock.Elapsed.TotalSeconds;
        var (serverAfter, clientAfter) = (CpuSeconds(o.ServerPid), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        state.Stop = true;
        var results = await Task.WhenAll(loops);
        var all = Latencies.Sum(results.Select(r => r.Item1));
        var statuses = new SortedDictionary<int, long>();
        foreach (var (_, counts) in results)
        {
            foreach (var (status, n) in counts)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + n;
            }
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"| {o.Mode}{(o.Mode == "batch" ? $" ×{o.BatchSize}" : "")} | {o.Connections} | {all.Count:N0} in {elapsed:F1} s | **{all.Count / elapsed:N0}/s** | " +
            $"{all.Percentile(50):F2} | {all.Percentile(99):F2} | {all.Percentile(99.9):F2} | {all.MaxMilliseconds:F1} | " +
            $"{string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value:N0}"))} | " +
            $"{(o.ServerPid > 0 ? ((serverAfter - serverBefore) / elapsed).ToString("F2", inv) : "–")} | {(clientAfter - clientBefore) / elapsed:F2} | {load} |"));
        return 0;
    }

    private sealed class RunState
    {
        public volatile bool Measuring;
        public volatile bool Stop;
    }

    /// <summary>One connection; it takes the partner keys in turn, so that no key's own per-minute limit is what is measured.</summary>
    private static async Task<(Latencies, Dictionary<int, long>)> LoopAsync(LoadOptions o, IPEndPoint server, string[] keys, int seed, RunState state)
    {
        var latencies = new Latencies();
        var statuses = new Dictionary<int, long>();
        var random = new Random(seed);
        using var http = new RawHttp(server);
        var request = new byte[64 << 10];
        for (var n = seed; !state.Stop; n++)
        {
            var length = Requests.Write(request, o, keys[n % keys.Length], random);
            var started = Stopwatch.GetTimestamp();
            int status;
            try
            {
                status = await http.SendAsync(request.AsMemory(0, length), CancellationToken.None);
            }
            catch (IOException)
            {
                http.Dispose();
                status = 0;
            }

            if (state.Measuring)
            {
                latencies.RecordSince(started);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }

        return (latencies, statuses);
    }

    /// <summary>CPU seconds (user + system) a process has used so far, from /proc (Linux), or 0.</summary>
    private static double CpuSeconds(int pid)
    {
        if (pid <= 0 || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}

/// <summary>The requests, written into a reused buffer.</summary>
internal static class Requests
{
    public static int Write(byte[] into, LoadOptions o, string key, Random random)
    {
        var text = o.Mode switch
        {
            "static" => "GET /css/site.css HTTP/1.1\r\nHost: bench\r\n\r\n",
            "unauthorized" => $"GET /api/v1/blacklist/lookup/{Code(o, random)} HTTP/1.1\r\nHost: bench\r\n\r\n",
            "batch" => Batch(o, key, random),
            _ => $"GET /api/v1/blacklist/lookup/{Code(o, random)} HTTP/1.1\r\nHost: bench\r\nX-Api-Key: {key}\r\n\r\n",
        };
        return Encoding.UTF8.GetBytes(text, into);
    }

    private static string Code(LoadOptions o, Random random) => Codes.Of(random.NextInt64(o.Employers + (o.Employers / 20)));

    private static string Batch(LoadOptions o, string key, Random random)
    {
        var body = "{\"codes\":[" + string.Join(',', Enumerable.Range(0, o.BatchSize).Select(_ => $"\"{Code(o, random)}\"")) + "]}";
        return $"POST /api/v1/blacklist/lookup HTTP/1.1\r\nHost: bench\r\nX-Api-Key: {key}\r\nContent-Type: application/json\r\n" +
            $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
    }
}

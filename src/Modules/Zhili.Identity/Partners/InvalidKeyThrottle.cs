using System.Collections.Concurrent;

namespace Zhili.Identity.Partners;

/// <summary>
/// Counts invalid partner keys per source address in fixed minutes; past <see cref="LimitSetting"/> (default 10) the
/// address gets 429 on every partner endpoint until its minute ends, so that nobody can try keys at the app's speed.
/// </summary>
/// <remarks>
/// The counts are per app node: with N nodes an address may try N times the limit, which does not matter for keys of
/// 238 random bits; the limit is there to spare the database the look-ups. At most <see cref="MaxAddresses"/> are held.
/// </remarks>
public sealed class InvalidKeyThrottle(TimeProvider clock, IConfiguration configuration)
{
    public const string LimitSetting = "Zhili:Partners:InvalidKeysPerMinute";
    public const int MaxAddresses = 100_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int limit = Math.Max(1, configuration.GetValue(LimitSetting, 10));
    private readonly ConcurrentDictionary<string, Minute> minutes = new(StringComparer.Ordinal);

    /// <summary>How long the address must wait, or null when it may present a key.</summary>
    public TimeSpan? WaitFor(string address)
    {
        if (!minutes.TryGetValue(address, out var minute))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        lock (minute)
        {
            var left = minute.Start + Window - now;
            return minute.Count >= limit && left > TimeSpan.Zero ? left : null;
        }
    }

    public void Failed(string address)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (minutes.Count >= MaxAddresses)
        {
            Prune(now);
        }

        var minute = minutes.GetOrAdd(address, _ => new Minute { Start = now });
        lock (minute)
        {
            if (now - minute.Start >= Window)
            {
                (minute.Start, minute.Count) = (now, 0);
            }

            minute.Count++;
        }
    }

    private void Prune(DateTime now)
    {
        foreach (var (address, minute) in minutes)
        {
            if (now - minute.Start >= Window)
            {
                minutes.TryRemove(address, out _);
            }
        }

        // Still full: a flood of fresh addresses. Forgetting them all bounds the memory; each may try again.
        if (minutes.Count >= MaxAddresses)
        {
            minutes.Clear();
        }
    }

    private sealed class Minute
    {
        public DateTime Start { get; set; }

        public int Count { get; set; }
    }
}

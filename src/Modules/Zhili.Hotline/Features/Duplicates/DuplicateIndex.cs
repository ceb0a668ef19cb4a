namespace Zhili.Hotline.Features.Duplicates;

/// <summary>
/// The open appeals that are not followers, received since <see cref="CoversFrom"/>, by the keys duplicate suggestions
/// match on (H-FLOW): the caller's phone key; the category with the address key; the category with a grid square of the
/// map. Each list is in the order of receipt, so a search reads only the newest end of it. It holds no more than the
/// database does: <see cref="DuplicateFeed"/> fills it from there and keeps it current.
/// </summary>
internal sealed partial class DuplicateIndex(DuplicateOptions options)
{
    public const int Limit = 10;

    private readonly Lock gate = new();
    private readonly Dictionary<long, Entry> byId = [];
    private readonly Dictionary<string, List<Entry>> byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string Key), List<Entry>> byAddress = [];
    private readonly Dictionary<(string Code, long Lat, long Lon), List<Entry>> bySquare = [];

    // A grid square is twice the distance on a side (in degrees of latitude), so everything within the distance of a
    // point is in the squares its distance reaches, with room to spare for rounding.
    private readonly double square = 2 * new Around(0, 0, options.DistanceMeters).LimitDegrees;

    /// <summary>Appeals received before this are not held (the window moved past them, or the index was filled after).</summary>
    public DateTime CoversFrom { get; private set; } = DateTime.MaxValue;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byId.Count;
            }
        }
    }

    public bool Holds(long id)
    {
        lock (gate)
        {
            return byId.ContainsKey(id);
        }
    }

    /// <summary>The appeal as it is now stored: held while open and not a follower, dropped (left out of searches) otherwise.</summary>
    public void Put(Candidate row, bool live)
    {
        lock (gate)
        {
            if (byId.TryGetValue(row.Id, out var entry))
            {
                (entry.Row, entry.Live) = (row, live);
            }
            else if (live && row.ReceivedAt >= CoversFrom)
            {
                Insert(new Entry(row, live));
            }
        }
    }

    /// <summary>
    /// A just-received appeal, unless the index already holds it: what the feed read from the database is newer, or as
    /// new (nobody can change an appeal before its receipt is answered with its id).
    /// </summary>
    public void Received(Candidate row)
    {
        lock (gate)
        {
            if (!byId.ContainsKey(row.Id) && row.ReceivedAt >= CoversFrom)
            {
                Insert(new Entry(row, true));
            }
        }
    }

    /// <summary>Starts holding appeals received from <paramref name="from"/> on, before the first <see cref="Put"/>.</summary>
    public void Start(DateTime from)
    {
        lock (gate)
        {
            CoversFrom = from;
        }
    }

    /// <summary>Drops what was received before <paramref name="from"/>, and what is closed or linked.</summary>
    public void Drop(DateTime from)
    {
        lock (gate)
        {
            CoversFrom = from > CoversFrom ? from : CoversFrom;
            foreach (var id in byId.Where(x => !x.Value.Live || x.Value.Row.ReceivedAt < CoversFrom).Select(x => x.Key).ToList())
            {
                byId.Remove(id);
            }

            Prune(byPhone);
            Prune(byAddress);
            Prune(bySquare);
        }

        void Prune<TKey>(Dictionary<TKey, List<Entry>> lists)
            where TKey : notnull
        {
            foreach (var (key, list) in lists.ToList())
            {
                list.RemoveAll(e => !byId.ContainsKey(e.Row.Id));
                if (list.Count == 0)
                {
                    lists.Remove(key);
                }
            }
        }
    }

    private void Insert(Entry e)
    {
        byId.Add(e.Row.Id, e);
        var row = e.Row;
        if (row.CallerPhoneKey is { } phone)
        {
            InOrder(byPhone, phone, e);
        }

        if (row.AddressKey is { Length: > 0 } key)
        {
            InOrder(byAddress, (row.CategoryCode, key), e);
        }

        if (row is { Latitude: { } lat, Longitude: { } lon })
        {
            InOrder(bySquare, (row.CategoryCode, Cell(lat), Cell(lon)), e);
        }
    }

    private long Cell(double degrees) => (long)Math.Floor(degrees / square);

    /// <summary>Adds by time of receipt; appeals come nearly in that order, so the place is found from the end.</summary>
    private static void InOrder<TKey>(Dictionary<TKey, List<Entry>> lists, TKey key, Entry e)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists.Add(key, list = []);
        }

        var i = list.Count;
        while (i > 0 && list[i - 1].Row.ReceivedAt > e.Row.ReceivedAt)
        {
            i--;
        }

        list.Insert(i, e);
    }

    /// <summary>One appeal; its keys never change, its stage and unit do (a new row), and it may stop or start being live.</summary>
    private sealed class Entry(Candidate row, bool live)
    {
        public Candidate Row { get; set; } = row;

        public bool Live { get; set; } = live;
    }
}

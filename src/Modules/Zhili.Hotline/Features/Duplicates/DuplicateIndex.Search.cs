namespace Zhili.Hotline.Features.Duplicates;

/// <summary>H-FLOW: the duplicate search answered from the index, as the database would answer it.</summary>
internal sealed partial class DuplicateIndex
{
    /// <summary>
    /// What the two reads of <see cref="DuplicateFinder"/> would return, into <paramref name="rows"/>: up to the limit of
    /// the newest by phone, and up to the limit of the newest by place. False when the probe's window reaches back past
    /// <see cref="CoversFrom"/>: then only the database can answer.
    /// </summary>
    public bool Find(DuplicateProbe p, Dictionary<long, Candidate> rows)
    {
        lock (gate)
        {
            if (p.From < CoversFrom)
            {
                return false;
            }

            Newest(byPhone.GetValueOrDefault(p.Phone), p, rows, byPlace: false);
            var place = new Dictionary<long, Candidate>();
            if (p.AddressKey is { } key)
            {
                Newest(byAddress.GetValueOrDefault((p.CategoryCode, key)), p, place, byPlace: false);
            }

            if (p.Around is { } a)
            {
                var (lat, lon) = (a.LimitDegrees * 1.001, a.LimitDegrees / a.Cos * 1.001);
                for (var y = Cell(a.Latitude - lat); y <= Cell(a.Latitude + lat); y++)
                {
                    for (var x = Cell(a.Longitude - lon); x <= Cell(a.Longitude + lon); x++)
                    {
                        Newest(bySquare.GetValueOrDefault((p.CategoryCode, y, x)), p, place, byPlace: true);
                    }
                }
            }

            foreach (var c in place.Values.OrderByDescending(c => c.ReceivedAt).Take(Limit))
            {
                rows.TryAdd(c.Id, c);
            }

            return true;
        }
    }

    /// <summary>Up to the limit of the newest live entries of one list in the probe's window, other than the probe itself.</summary>
    private static void Newest(List<Entry>? list, DuplicateProbe p, Dictionary<long, Candidate> into, bool byPlace)
    {
        var found = 0;
        for (var i = (list?.Count ?? 0) - 1; i >= 0 && found < Limit; i--)
        {
            var (row, live) = (list![i].Row, list[i].Live);
            if (row.ReceivedAt < p.From)
            {
                break;
            }

            if (!live || row.ReceivedAt > p.To || row.TrackingNumber == p.Self
                || (byPlace && !(row is { Latitude: { } lat, Longitude: { } lon } && p.Around!.Value.Holds(lat, lon))))
            {
                continue;
            }

            into.TryAdd(row.Id, row);
            found++;
        }
    }
}

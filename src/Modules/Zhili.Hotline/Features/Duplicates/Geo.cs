namespace Zhili.Hotline.Features.Duplicates;

/// <summary>Distances on the ground for duplicate suggestions; at the scale of a street the sphere is exact enough.</summary>
internal static class Geo
{
    private const double EarthRadiusMeters = 6_371_000;
    private const double MetersPerDegreeLatitude = Math.PI * EarthRadiusMeters / 180;

    /// <summary>The latitude and longitude half-widths of a box that holds every point within <paramref name="meters"/>.</summary>
    public static (double Lat, double Lon) Box(double latitude, double meters)
    {
        var lat = meters / MetersPerDegreeLatitude;
        var cos = Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01);
        return (lat, lat / cos);
    }

    /// <summary>Great-circle distance (haversine) in metres.</summary>
    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}

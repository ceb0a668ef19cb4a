namespace Zhili.Hotline.Features.Duplicates;

/// <summary>
/// The ground within <paramref name="Meters"/> of a point, for duplicate suggestions. At the scale of a street the ground
/// is flat: a degree of longitude is a degree of latitude shortened by the cosine of the point's latitude. The place read
/// asks the database the same sum in the same order (<see cref="SquaredDegrees"/>), so the read and the reasons agree exactly.
/// </summary>
internal readonly record struct Around(double Latitude, double Longitude, double Meters)
{
    private const double MetersPerDegreeLatitude = Math.PI * 6_371_000 / 180;

    /// <summary>The cosine of the latitude, kept off zero near a pole.</summary>
    public double Cos { get; } = Math.Max(Math.Cos(Latitude * Math.PI / 180), 0.01);

    /// <summary>The distance limit in degrees of latitude.</summary>
    public double LimitDegrees => Meters / MetersPerDegreeLatitude;

    /// <summary>The distance limit in degrees of latitude, squared.</summary>
    public double LimitSquared => Math.Pow(Meters / MetersPerDegreeLatitude, 2);

    public bool Holds(double latitude, double longitude) => SquaredDegrees(latitude, longitude) <= LimitSquared;

    public double MetersTo(double latitude, double longitude) => MetersPerDegreeLatitude * Math.Sqrt(SquaredDegrees(latitude, longitude));

    /// <summary>The squared distance in degrees of latitude, as the place read writes it term for term.</summary>
    private double SquaredDegrees(double latitude, double longitude) =>
        ((latitude - Latitude) * (latitude - Latitude)) + ((longitude - Longitude) * Cos * ((longitude - Longitude) * Cos));
}

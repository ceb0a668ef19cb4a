namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>Which records an indicator counts, and by which of their timestamps they fall into a period.</summary>
public enum IndicatorAxis
{
    Received = 1,    // appeals by ReceivedAt
    Due = 2,         // appeals by DeadlineAt (the deadline after approved extensions)
    Events = 3,      // timeline events by their time, for the unit that acted or was acted for then
    Supervision = 4, // supervisions opened at a level, and escalations to it
    Open = 5,        // appeals still in hand whose deadline falls before the end of the 日清 day
    Rate = 6,        // a division of other indicators
    Street = 7,      // street stages (二级转办) by their deadline, for the street (not withdrawn or returned)
}

/// <summary>
/// An indicator of the bulletins (H-BUL), defined once: its key, its Chinese name, the formula shown on the page, and
/// what it counts. The bulletin queries turn <see cref="Where"/> into a SQL aggregate, and <see cref="ValueOf"/> turns
/// the counts into the value; nothing else defines an indicator.
/// </summary>
public sealed class Indicator
{
    private Indicator(string key, string name, string formula, IndicatorAxis axis)
    {
        Key = key;
        Name = name;
        Formula = formula;
        Axis = axis;
    }

    public string Key { get; }

    public string Name { get; }

    public string Formula { get; }

    public IndicatorAxis Axis { get; }

    /// <summary>The condition a record of the axis meets to be counted (null: every record of the axis in the period).</summary>
    public Func<BulletinWindow, LambdaExpression>? Where { get; private init; }

    /// <summary>For <see cref="IndicatorAxis.Events"/>: the event kinds counted.</summary>
    public IReadOnlyList<string> EventKinds { get; private init; } = [];

    /// <summary>For <see cref="IndicatorAxis.Supervision"/>: the level counted.</summary>
    public SupervisionLevel? Level { get; private init; }

    /// <summary>For a rate: the counts added up above the line, and the one below it.</summary>
    public IReadOnlyList<string> Numerators { get; private init; } = [];

    public string? Denominator { get; private init; }

    public bool IsRate => Axis == IndicatorAxis.Rate;

    public IndicatorValue ValueOf(IReadOnlyDictionary<string, long> counts) => IsRate
        ? IndicatorValue.Rate(Numerators.Sum(k => counts.GetValueOrDefault(k)), counts.GetValueOrDefault(Denominator!))
        : IndicatorValue.Count(counts.GetValueOrDefault(Key));

    public static Indicator Appeals(
        IndicatorAxis axis, string key, string name, string formula, Func<BulletinWindow, Expression<Func<Appeal, bool>>>? where = null) =>
        new(key, name, formula, axis) { Where = where };

    /// <summary>H-FLOW 二级转办: the street stages due in the period, counted for the street.</summary>
    public static Indicator Streets(
        string key, string name, string formula, Func<BulletinWindow, Expression<Func<StreetAssignment, bool>>>? where = null) =>
        new(key, name, formula, IndicatorAxis.Street) { Where = where };

    /// <summary>Timeline events of the given kinds (and, for a callback, the satisfaction recorded as its text).</summary>
    public static Indicator Events(string key, string name, string formula, string[] kinds, string? text = null)
    {
        Expression<Func<AppealEvent, bool>> where = text is null
            ? e => kinds.Contains(e.Kind)
            : e => kinds.Contains(e.Kind) && e.Text == text;
        return new(key, name, formula, IndicatorAxis.Events) { EventKinds = kinds, Where = _ => where };
    }

    public static Indicator Supervised(string key, string name, string formula, SupervisionLevel level) =>
        new(key, name, formula, IndicatorAxis.Supervision) { Level = level };

    public static Indicator Rate(string key, string name, string formula, string denominator, params string[] numerators) =>
        new(key, name, formula, IndicatorAxis.Rate) { Numerators = numerators, Denominator = denominator };
}

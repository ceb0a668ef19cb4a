namespace Zhili.Roads;

/// <summary>Settings of the road chief system (section <c>Zhili:Roads</c>).</summary>
public sealed class RoadsOptions
{
    public const string Section = "Zhili:Roads";

    /// <summary>
    /// R-BOARD: the address the printed boards' QR codes point to (e.g. <c>https://zhili.zhengzhou.gov.cn</c>); empty, the
    /// address the board was opened at. A printed board outlives a request, so production names its public address here.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// R-LOOP: time allowed after filing, per R-3BAO category code, as "4h" (hours on the clock) or "3wd" (working days);
    /// a category not named keeps its default (<see cref="Domain.StreetProblems.ProblemCategory.All"/>).
    /// </summary>
    public Dictionary<string, string> ProblemDeadlines { get; set; } = [];
}

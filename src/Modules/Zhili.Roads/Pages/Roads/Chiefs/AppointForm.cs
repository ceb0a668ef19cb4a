namespace Zhili.Roads.Pages.Roads.Chiefs;

/// <summary>The appointment form (R-CHIEF): a level and place, or an existing office's, and the new holder from a day.</summary>
public sealed class AppointForm : IForm<AppointRequest>
{
    public ChiefLevel? Level { get; set; }

    public string? Place { get; set; }

    public string? HolderName { get; set; }

    public string? Post { get; set; }

    public string? OfficePhone { get; set; }

    public DateOnly? FirstDay { get; set; }

    public int? Version { get; set; }

    public AppointRequest ToCommand() => new(Level, Place, HolderName, Post, OfficePhone, FirstDay, Version);
}

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>B-NOTICE: the public defence form.</summary>
public sealed class DefenceForm : IForm<PublicDefenceRequest>
{
    public string? AccessCode { get; set; }

    public string? CreditCode { get; set; }

    public string? Text { get; set; }

    public PublicDefenceRequest ToCommand() => new(AccessCode, CreditCode, Text);
}

/// <summary>B-OBJ: the public objection form.</summary>
public sealed class ObjectionForm : IForm<PublicObjectionRequest>
{
    public string? AccessCode { get; set; }

    public string? CreditCode { get; set; }

    public string? Text { get; set; }

    public string? Evidence { get; set; }

    public PublicObjectionRequest ToCommand() => new(AccessCode, CreditCode, Text, Evidence);
}

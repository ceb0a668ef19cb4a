namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// A page's form: what the user typed, turned into the command the service (and the API) takes. The page filter checks
/// the command with the same validator the API runs (ARCHITECTURE rule 5) before the page's handler runs.
/// </summary>
public interface IForm<out TCommand>
{
    TCommand ToCommand();

    /// <summary>What to put before a refusal of the command's <paramref name="property"/> (e.g. which of several parties it names).</summary>
    string LabelOf(string property) => "";
}

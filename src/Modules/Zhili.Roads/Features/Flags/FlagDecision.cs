namespace Zhili.Roads.Features.Flags;

/// <summary>
/// The rule that decided one outcome and its sentence: <see cref="Template"/> is the Chinese text (the key of its
/// English in texts.en.json) with the numbers as {0}…{4}, formatted only when read, so that an evaluation of the whole
/// city builds no strings.
/// </summary>
public readonly record struct FlagDecision(string RuleId, string Template, int A = 0, int B = 0, int C = 0, int D = 0, int E = 0)
{
    public object[] Arguments => [A, B, C, D, E];

    public string Text => string.Format(CultureInfo.InvariantCulture, Template, A, B, C, D, E);

    public override string ToString() => $"{RuleId}: {Text}";
}

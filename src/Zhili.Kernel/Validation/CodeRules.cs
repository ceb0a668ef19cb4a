using FluentValidation.Results;
using Zhili.Kernel.Codes;

namespace Zhili.Kernel.Validation;

/// <summary>FluentValidation rules for the codes every module takes in: K-USCC and K-ID with their full reasons.</summary>
public static class CodeRules
{
    public static IRuleBuilderOptionsConditions<T, string?> MustBeCreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => Report(context, CreditCode.Check(value), "K-USCC"));

    public static IRuleBuilderOptionsConditions<T, string?> MustBeResidentId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => Report(context, ResidentId.Check(value), "K-ID"));

    private static void Report<T>(ValidationContext<T> context, CodeCheck check, string ruleId)
    {
        if (!check.IsValid)
        {
            context.AddFailure(new ValidationFailure(context.PropertyPath, $"{check.Reason}（{check.ReasonEn}）") { ErrorCode = ruleId });
        }
    }
}

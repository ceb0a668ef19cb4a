using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhili.BuildingBlocks.Validation;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Features;

internal static class Refusals
{
    /// <summary>A domain refusal as a 400 naming the field, the reason and the rule.</summary>
    public static ProblemHttpResult Of(RuleException e) => Problems.Invalid(e.Field, e.Message, e.Rule);

    public static ProblemHttpResult NotFound(int id) => Problems.NotFound($"案件 {id} 不存在");
}

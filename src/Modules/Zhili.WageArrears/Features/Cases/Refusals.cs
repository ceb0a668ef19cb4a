using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhili.BuildingBlocks.Validation;

namespace Zhili.WageArrears.Features.Cases;

internal static class Refusals
{
    public static ProblemHttpResult NotFound(int id) => Problems.NotFound($"案件 {id} 不存在");
}

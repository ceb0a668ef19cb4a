using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.Cases;

internal static class Refusals
{
    public static ProblemHttpResult NotFound(int id) => Problems.NotFound($"案件 {id} 不存在");
}

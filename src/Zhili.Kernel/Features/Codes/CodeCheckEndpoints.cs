using Microsoft.AspNetCore.Http.HttpResults;
using Zhili.Kernel.Codes;
using Zhili.Kernel.Masking;
using Zhili.Kernel.Validation;

namespace Zhili.Kernel.Features.Codes;

/// <summary>Check a credit code (K-USCC) or a resident identity number (K-ID) before submitting it elsewhere.</summary>
public static class CodeCheckEndpoints
{
    public static void MapCodeCheckEndpoints(this IEndpointRouteBuilder api)
    {
        var checks = api.MapGroup("/checks").WithTags("Code checks 代码校验")
            .PublicSurface();
        checks.MapPost("/credit-code", (CreditCodeCheck request) =>
                TypedResults.Ok(new CreditCodeAnswer(CreditCode.Normalize(request.CreditCode!), true)))
            .WithName("CheckCreditCode").WithSummary("Validate a unified social credit code (K-USCC); 400 names the fault and the expected check character");
        checks.MapPost("/resident-id", (ResidentIdCheck request) =>
            {
                var facts = ResidentId.Parse(request.ResidentId!)!;
                return TypedResults.Ok(new ResidentIdAnswer(Mask.IdNumber(request.ResidentId!), true, facts.BirthDate, facts.RegionCode));
            })
            .WithName("CheckResidentId").WithSummary("Validate an 18-digit resident identity number (K-ID); the answer masks it (K-MASK)");
    }
}

public sealed record CreditCodeCheck(string? CreditCode);

public sealed record ResidentIdCheck(string? ResidentId);

public sealed record CreditCodeAnswer(string CreditCode, bool Valid);

public sealed record ResidentIdAnswer(string MaskedId, bool Valid, DateOnly BirthDate, string RegionCode);

public sealed class CreditCodeCheckValidator : AbstractValidator<CreditCodeCheck>
{
    public CreditCodeCheckValidator() => RuleFor(x => x.CreditCode).MustBeCreditCode();
}

public sealed class ResidentIdCheckValidator : AbstractValidator<ResidentIdCheck>
{
    public ResidentIdCheckValidator() => RuleFor(x => x.ResidentId).MustBeResidentId();
}

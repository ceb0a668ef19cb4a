namespace Zhili.Identity.SignIn;

/// <summary>
/// When failed sign-ins lock (configuration <c>Zhili:SignIn</c>): <see cref="PairFailures"/> failures for one account
/// from one address lock that pair, <see cref="AddressFailures"/> failures from one address across accounts throttle
/// the address, each failure counting when it comes within <see cref="LockMinutes"/> of the one before; a lock ends
/// <see cref="LockMinutes"/> after the failure that set it.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "Zhili:SignIn";

    public int PairFailures { get; set; } = 5;

    /// <summary>Higher than the pair limit: the people of one office often share one address.</summary>
    public int AddressFailures { get; set; } = 30;

    public int LockMinutes { get; set; } = 15;

    public TimeSpan LockFor => TimeSpan.FromMinutes(LockMinutes);
}

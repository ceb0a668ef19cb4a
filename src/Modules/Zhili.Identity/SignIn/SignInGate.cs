namespace Zhili.Identity.SignIn;

/// <summary>
/// One sign-in attempt. An unknown user, a wrong password, a locked (account, address) pair, a throttled address and a
/// stopped account all get the same refusal, and every attempt verifies exactly one password hash (a dummy one when
/// there is no account to check), so neither the answer nor the time it takes tells which it was.
/// </summary>
public sealed class SignInGate(
    SignInManager<ZhiliUser> signIn, UserManager<ZhiliUser> users, IPasswordHasher<ZhiliUser> hasher,
    SignInFailures failures, TimeProvider clock)
{
    private static readonly ZhiliUser Nobody = new() { UnitCode = "", DisplayName = "" };
    private static string? dummyHash;

    /// <summary>Signs the person in (the cookie goes with the response) and answers true, or answers false.</summary>
    public async Task<bool> TryAsync(string userName, string password, string address, CancellationToken ct)
    {
        userName = userName.Trim();
        var locked = await failures.IsLockedAsync(userName, address, ct);
        var user = await users.FindByNameAsync(userName);
        var verified = user?.PasswordHash is not null ? await users.CheckPasswordAsync(user, password) : VerifyDummy(password);
        if (verified && !locked && !await users.IsLockedOutAsync(user!) && await signIn.CanSignInAsync(user!))
        {
            await failures.ClearAsync(userName, address, ct);
            user!.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            return true;
        }

        // Attempts while locked are not counted: the lock ends at its time, however often someone knocks.
        if (!locked)
        {
            await failures.RecordAsync(userName, address, ct);
        }

        return false;
    }

    /// <summary>The same work as checking a real password, whose answer is always no.</summary>
    private bool VerifyDummy(string password)
    {
        dummyHash ??= hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
        hasher.VerifyHashedPassword(Nobody, dummyHash, password);
        return false;
    }
}

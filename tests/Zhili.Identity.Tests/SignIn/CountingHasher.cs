using Microsoft.AspNetCore.Identity;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Tests.SignIn;

/// <summary>Identity's own password hasher, counting how often a password is checked against a hash.</summary>
public sealed class CountingHasher : IPasswordHasher<ZhiliUser>
{
    private readonly PasswordHasher<ZhiliUser> hasher = new();
    private int verified;

    public int Verified => Volatile.Read(ref verified);

    public string HashPassword(ZhiliUser user, string password) => hasher.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ZhiliUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verified);
        return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

namespace Zhili.Identity.SignIn;

/// <summary>
/// A run of failed sign-ins, for one (account, address) pair or for one address across accounts. The key is a SHA-256
/// of what it counts, so the table holds neither user names (nor whatever was typed as one) nor addresses.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>Hex SHA-256 of <c>pair\n{normalised user name}\n{address}</c> or <c>address\n{address}</c>.</summary>
    public required string Key { get; set; }

    /// <summary>Failures in the run: each came within the lock time of the one before.</summary>
    public int Failures { get; set; }

    public DateTime LastAt { get; set; }
}

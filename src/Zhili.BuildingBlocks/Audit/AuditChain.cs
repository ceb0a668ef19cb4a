using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The hash chain of the audit log: a record's hash is SHA-256 (lower-case hex) of the previous record's hash and
/// the record's content, so that changing, inserting or deleting a sealed record breaks every link after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public const string Genesis = "";

    /// <summary>
    /// Chains the records, in the order given, after the link <paramref name="head"/>: sets each one's Seq and Hash and
    /// returns the new last link.
    /// </summary>
    public static (long Seq, string Hash) Link((long Seq, string Hash) head, IEnumerable<AuditRecord> records)
    {
        foreach (var record in records)
        {
            head = (head.Seq + 1, Hash(head.Hash, record));
            (record.Seq, record.Hash) = head;
        }

        return head;
    }

    public static string Hash(string previousHash, AuditRecord record)
    {
        var bytes = Encoding.UTF8.GetBytes(Canonical(previousHash, record));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// The content as one unambiguous text: every field is written as its length, a colon and the text (or <c>~</c> for
    /// null), so no choice of values can make two different records read the same. The time is UTC to the microsecond,
    /// which both databases keep exactly.
    /// </summary>
    public static string Canonical(string previousHash, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var at = DateTime.SpecifyKind(record.At, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(256);
        foreach (var field in (string?[])[
            previousHash, record.Id.ToString(CultureInfo.InvariantCulture), at, record.Actor, record.UnitCode, record.Module,
            record.Entity, record.EntityId, record.Action, record.Before, record.After, record.RequestId])
        {
            if (field is null)
            {
                sb.Append('~');
            }
            else
            {
                sb.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
            }
        }

        return sb.ToString();
    }
}

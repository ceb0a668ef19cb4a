using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Zhili.Identity.Sessions;

/// <summary>
/// Encrypts each new data-protection key with AES-256-GCM under the current key file before it is stored in the
/// database, so that a copy of the database alone cannot forge a session or an antiforgery token. The key files are
/// read when the first key is encrypted (or at start, by <see cref="KeyEncryptionCheck"/>), not when the app is built,
/// so that commands of the CLI run without them.
/// </summary>
public sealed class KeyFileXmlEncryptor(IServiceProvider services) : IXmlEncryptor
{
    public static readonly XName Element = "zhiliKeyFileEncrypted";
    public const int NonceBytes = 12;
    public const int TagBytes = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var key = services.GetRequiredService<KeyEncryptionKeys>().Current;
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var sealedBytes = new byte[plain.Length];
        var tag = new byte[TagBytes];
        try
        {
            using var aes = new AesGcm(key.Key, TagBytes);
            aes.Encrypt(nonce, plain, sealedBytes, tag, AssociatedData(key.Id));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }

        var encrypted = new XElement(Element,
            new XAttribute("keyFile", key.Id),
            new XComment(" AES-256-GCM under the key file named by keyFile (Zhili:DataProtection:KeyFile); see docs/security.md "),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(encrypted, typeof(KeyFileXmlDecryptor));
    }

    /// <summary>The key file's id is authenticated with the key, so a row cannot be relabelled to another file.</summary>
    internal static byte[] AssociatedData(string keyFileId) => Encoding.UTF8.GetBytes($"zhili-dp-key/{keyFileId}");
}

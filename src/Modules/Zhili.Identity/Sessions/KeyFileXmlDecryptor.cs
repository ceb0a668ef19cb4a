using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Zhili.Identity.Sessions;

/// <summary>
/// Decrypts a data-protection key written by <see cref="KeyFileXmlEncryptor"/>. The key ring makes it by its type name,
/// which is stored with every key: renaming or moving this class makes the stored keys unreadable.
/// </summary>
public sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var id = (string?)encryptedElement.Attribute("keyFile");
        var key = services.GetRequiredService<KeyEncryptionKeys>().Find(id)
            ?? throw new CryptographicException(
                $"This data-protection key was encrypted with key file {id}, which is neither {KeyEncryptionKeys.KeyFileSetting} "
                + $"nor among {KeyEncryptionKeys.PreviousKeyFilesSetting}.");
        var nonce = Bytes(encryptedElement, "nonce");
        var tag = Bytes(encryptedElement, "tag");
        var sealedBytes = Bytes(encryptedElement, "value");
        var plain = new byte[sealedBytes.Length];
        try
        {
            using var aes = new AesGcm(key.Key, KeyFileXmlEncryptor.TagBytes);
            aes.Decrypt(nonce, sealedBytes, tag, plain, KeyFileXmlEncryptor.AssociatedData(key.Id));
            return XElement.Parse(Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] Bytes(XElement element, string name) =>
        Convert.FromBase64String((string?)element.Element(name) ?? throw new CryptographicException($"The encrypted key has no {name}."));
}

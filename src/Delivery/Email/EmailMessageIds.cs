using System.Security.Cryptography;
using System.Text;

namespace DroneInspect.Delivery.Email;

/// <summary>
/// The Message-ID of an outbox e-mail: a digest of its idempotency key, so every resend of one message carries the same
/// Message-ID (mail stores and clients drop a second copy by it), and the key itself (it may name an account) stays inside.
/// </summary>
public static class EmailMessageIds
{
    /// <summary>"&lt;40 hex digits of SHA-256(key)&gt;@<paramref name="domain"/>", without angle brackets (as MimeKit's MessageId holds it).</summary>
    public static string For(string idempotencyKey, string domain)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        return $"{Convert.ToHexStringLower(digest)[..40]}@{domain}";
    }
}

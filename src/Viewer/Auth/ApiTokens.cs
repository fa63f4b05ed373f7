using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// API tokens for the CLI and scripts: "di_" and 32 random bytes (base64url), stored only as their SHA-256. A slow
/// password hash is not needed: the token has 256 bits of entropy, so its hash cannot be guessed back.
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "di_";

    private const int TokenBytes = 32;

    private const int IdBytes = 9;

    /// <summary>A new token (shown once to its owner) and the record that stores it.</summary>
    public static (string Token, ApiTokenRecord Record) Create(string userName, string label, DateTimeOffset now)
    {
        var token = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(IdBytes));
        return (token, new ApiTokenRecord(id, userName, label, Hash(token), now));
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

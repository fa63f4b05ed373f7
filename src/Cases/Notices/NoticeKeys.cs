using System.Globalization;

namespace DroneInspect.Cases.Notices;

/// <summary>
/// Idempotency keys for notices and tasks: the same case, customer, kind and window start always give the same key, so
/// planning again (after a restart, or with new wording) never sends twice; a moved window gives a new key, because the
/// customer must hear the new time.
/// </summary>
public static class NoticeKeys
{
    /// <summary>"notice:{case}:{account}:{kind}:{start}", each part percent-escaped so that no two inputs share a key.</summary>
    /// <param name="kind">What is sent, e.g. "repair-notice", "supply-flag", "phone-call".</param>
    public static string For(string caseId, string account, string kind, DateTimeOffset windowStartUtc)
    {
        var start = windowStartUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return string.Join(':', "notice", Escape(caseId), Escape(account), Escape(kind), start);
    }

    private static string Escape(string part) => Uri.EscapeDataString(part);
}

using System.Text.RegularExpressions;
using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Takes personal data out of a reporter's own words before they go to pilots: the customer's name, phone and e-mail,
/// and anything shaped like a phone number or an e-mail address.
/// </summary>
public static partial class ReporterText
{
    /// <summary>What replaces a removed piece.</summary>
    public const string Removed = "[removed]";

    public static string Scrub(string text, Customer? customer)
    {
        var scrubbed = text;
        foreach (var personal in new[] { customer?.Name, customer?.Phone, customer?.Email })
        {
            if (!string.IsNullOrWhiteSpace(personal))
            {
                scrubbed = scrubbed.Replace(personal, Removed, StringComparison.OrdinalIgnoreCase);
            }
        }

        scrubbed = EmailPattern().Replace(scrubbed, Removed);
        return PhonePattern().Replace(scrubbed, Removed).Trim();
    }

    [GeneratedRegex(@"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+")]
    private static partial Regex EmailPattern();

    /// <summary>Seven or more digits, possibly split by spaces, dashes or dots, with an optional leading '+'.</summary>
    [GeneratedRegex(@"\+?\d(?:[\s\-.]?\d){6,}")]
    private static partial Regex PhonePattern();
}

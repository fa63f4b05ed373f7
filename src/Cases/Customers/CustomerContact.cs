namespace DroneInspect.Cases.Customers;

/// <summary>The checks a phone number and an e-mail address of customers.csv must pass to be used for a notice.</summary>
public static class CustomerContact
{
    /// <summary>Fewest and most digits a phone number may have (E.164 allows at most 15).</summary>
    public const int MinPhoneDigits = 6, MaxPhoneDigits = 15;

    /// <summary>
    /// Digits with an optional leading '+', spaces, dashes and parentheses between them, and 6 to 15 digits
    /// ("+41 44 555 01 01", "(044) 555-0101"). Letters, a '+' elsewhere or too few digits cannot be dialled.
    /// </summary>
    public static bool IsPhone(string phone)
    {
        var text = phone.Trim();
        if (text.StartsWith('+'))
        {
            text = text[1..];
        }

        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is not (' ' or '-' or '(' or ')')) return false;
        }

        return digits is >= MinPhoneDigits and <= MaxPhoneDigits;
    }

    /// <summary>One '@' with text before it, a domain after it with a dot inside (not at either end), and no spaces.</summary>
    public static bool IsEmail(string email)
    {
        var text = email.Trim();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }
}

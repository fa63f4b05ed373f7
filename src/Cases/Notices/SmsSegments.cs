namespace DroneInspect.Cases.Notices;

/// <summary>
/// How many SMS messages a text takes (3GPP TS 23.038): GSM 7-bit text fits 160 characters in one message and 153 a
/// part when split; anything else (Chinese, an en dash) is UCS-2, 70 in one and 67 a part.
/// </summary>
public static class SmsSegments
{
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Gsm7Extension = "^{}\\[~]|€";

    private const int Gsm7Single = 160;
    private const int Gsm7Part = 153;
    private const int Ucs2Single = 70;
    private const int Ucs2Part = 67;

    /// <summary>The number of messages <paramref name="text"/> is sent as; 0 for an empty text.</summary>
    public static int Count(string text)
    {
        if (text.Length == 0) return 0;
        var septets = 0;
        foreach (var c in text)
        {
            if (Gsm7Basic.Contains(c)) septets++;
            else if (Gsm7Extension.Contains(c)) septets += 2;
            else return Parts(text.Length, Ucs2Single, Ucs2Part);
        }
        return Parts(septets, Gsm7Single, Gsm7Part);
    }

    private static int Parts(int units, int single, int part) => units <= single ? 1 : (units + part - 1) / part;
}

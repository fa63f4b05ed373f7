using System.Text;

namespace DroneInspect.Cases.Customers;

/// <summary>The text encodings a customers file may be stated in; UTF-8 unless stated.</summary>
public static class CustomerCsvEncodings
{
    /// <summary>UTF-8 that throws on an invalid byte instead of putting U+FFFD in its place.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The names <see cref="Named"/> takes: what customer systems in the utilities we serve export.</summary>
    public static readonly IReadOnlyList<string> Known = ["utf-8", "latin1", "windows-1252", "gb18030", "gbk"];

    /// <summary>The encoding called <paramref name="name"/> (case-insensitive); <see cref="ArgumentException"/> naming the known ones otherwise.</summary>
    public static Encoding Named(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // windows-1252, GB18030 and GBK live in the code-page provider
        return name.Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => StrictUtf8,
            "latin1" or "iso-8859-1" => Encoding.Latin1,
            "windows-1252" or "cp1252" => Encoding.GetEncoding(1252),
            "gb18030" => Encoding.GetEncoding("gb18030"),
            "gbk" or "cp936" => Encoding.GetEncoding(936),
            _ => throw new ArgumentException($"unknown encoding '{name}'; use one of {string.Join(", ", Known)}.", nameof(name)),
        };
    }
}

using System.Collections.Concurrent;
using DroneInspect.Cases.Explanations.Fonts;
using PdfSharp.Fonts;

namespace DroneInspect.Cases.Explanations.Pdf;

/// <summary>
/// PDFsharp's font resolver for explanations. PDFsharp keeps one resolver for the process, so this one serves every
/// font folder: a face is registered under a name made from its path and family, and its bytes are read (and, for a
/// .ttc collection, the face taken out) when PDFsharp first asks.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly Lock InstallLock = new();
    private static PdfFontResolver? _installed;

    private readonly ConcurrentDictionary<string, FontFace> _faces = new(StringComparer.Ordinal);

    /// <summary>The process's resolver, installed into PDFsharp on first use.</summary>
    public static PdfFontResolver Installed
    {
        get
        {
            lock (InstallLock)
            {
                if (_installed is not null) return _installed;
                if (GlobalFontSettings.FontResolver is not null)
                    throw new InvalidOperationException("Another PDFsharp font resolver is already installed in this process; explanations need their own.");
                _installed = new PdfFontResolver();
                GlobalFontSettings.FontResolver = _installed;
                return _installed;
            }
        }
    }

    /// <summary>The family name to give XFont for <paramref name="face"/>.</summary>
    public string Register(FontFace face)
    {
        var name = "explain|" + face.Family + "|" + face.Path;
        _faces.TryAdd(name, face);
        return name;
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        if (!_faces.TryGetValue(faceName, out var face)) return null;
        var bytes = File.ReadAllBytes(face.Path);
        return FontCollectionFace.IsCollection(bytes) ? FontCollectionFace.Extract(bytes, face.Family) : bytes;
    }
}

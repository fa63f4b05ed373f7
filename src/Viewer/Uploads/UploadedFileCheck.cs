using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Viewer.Uploads;

/// <summary>
/// Judges a received file as intake and the quality gate do: a file that is no supported image is refused (intake
/// would not take it into a flight either); an image gets the gate's verdict (no GPS, not radiometric, ...), which the
/// pilot sees while the flight takes the file as `analyze` would.
/// </summary>
public static class UploadedFileCheck
{
    /// <summary>The file's kind and verdict, or null with the reason it is no image.</summary>
    /// <param name="namedPath">The file under its name in the flight (the name helps tell thermal from RGB).</param>
    public static (CaptureKind Kind, UploadQuality Quality)? Judge(string namedPath, out string? refusal)
    {
        refusal = null;
        CaptureKind? kind;
        try
        {
            using var stream = new FileStream(namedPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var head = new byte[(int)Math.Min(stream.Length, CaptureKindDetector.SniffBytes)];
            stream.ReadExactly(head);
            kind = head.Length == 0 ? null : CaptureKindDetector.Detect(Path.GetFileName(namedPath), head, out refusal);
            refusal ??= head.Length == 0 ? "empty file (0 bytes)" : null;
        }
        catch (ThermalFormatException e)
        {
            kind = null;
            refusal = $"damaged image: {e.Message}";
        }

        if (kind is not { } known)
        {
            refusal = $"refused: {refusal}";
            return null;
        }

        var inspection = CaptureInspector.InspectAlone(namedPath, decodeThermal: false, hash: false);
        var verdict = inspection.Verdict;
        return (known, new UploadQuality(verdict.Verdict, verdict.Reasons));
    }

    /// <summary>The verdict of a file whose content an earlier file of the upload has.</summary>
    public static UploadQuality Duplicate { get; } = new(new QualityVerdict([QualityGate.DuplicateReason]).Verdict, [QualityGate.DuplicateReason]);
}

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// Sees a block of decoded raw counts: pixels [<paramref name="firstPixel"/>, firstPixel + counts.Length) of a map of
/// <paramref name="totalPixels"/>. Blocks arrive in order, one at a time, possibly on a thread other than the caller's.
/// </summary>
internal delegate void RowsDecoded(ReadOnlySpan<ushort> counts, int firstPixel, int totalPixels);

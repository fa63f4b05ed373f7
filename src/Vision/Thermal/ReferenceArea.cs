namespace DroneInspect.Vision.Thermal;

/// <summary>
/// Where on the map a hotspot's reference was sampled, so evidence can mark it. <see cref="Kind"/> says what the
/// geometry means: <see cref="RingKind"/> (the pixels between <see cref="Inner"/> and <see cref="Outer"/>, image pixels,
/// clipped to the frame), <see cref="BoxKind"/> (the pixels inside <see cref="Outer"/>: a similar component), or
/// <see cref="NoneKind"/> (not sampled from one area of the image: ambient air, the scene median, the other phases'
/// level or the level the region stands on; <see cref="Note"/> says which).
/// </summary>
public sealed record ReferenceArea(string Kind, PixelBox? Inner, PixelBox? Outer, string Note)
{
    public const string RingKind = "ring";
    public const string BoxKind = "box";
    public const string NoneKind = "none";

    public static ReferenceArea Ring(PixelBox inner, PixelBox outer, string note) => new(RingKind, inner, outer, note);

    public static ReferenceArea Box(PixelBox box, string note) => new(BoxKind, null, box, note);

    public static ReferenceArea None(string note) => new(NoneKind, null, null, note);
}

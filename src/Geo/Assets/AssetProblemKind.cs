namespace DroneInspect.Geo.Assets;

/// <summary>Why a feature of an asset file was dropped, as a category the report can count.</summary>
public enum AssetProblemKind
{
    /// <summary>Not a feature object, or a feature without properties.</summary>
    NotAFeature,

    MissingId,

    DuplicateId,

    /// <summary>No kind, or one the schema does not know (line, pole, tower, transformer, switchgear, meter).</summary>
    BadKind,

    /// <summary>A coordinate reference system other than WGS84 longitude/latitude, or an unknown one.</summary>
    UnsupportedCrs,

    MissingGeometry,

    /// <summary>A geometry that cannot be read (no coordinates, a position that is not a pair of finite numbers, bad WKB).</summary>
    UnreadableGeometry,

    /// <summary>A geometry type the feature's kind does not take (a line needs a LineString, the others a Point).</summary>
    WrongGeometryType,

    /// <summary>A geometry that reads but is not valid (e.g. a LineString of one position).</summary>
    InvalidGeometry,

    /// <summary>A position outside longitude -180..180 or latitude -90..90 (often projected metres given as degrees).</summary>
    OutsideWgs84Range,

    /// <summary>A numeric attribute (height, sag, phases...) that is not a finite number.</summary>
    BadNumber,
}

/// <summary>Why one feature was dropped: the category and the detail in words.</summary>
internal readonly record struct AssetIssue(AssetProblemKind Kind, string Text);

/// <summary>Plain words for each <see cref="AssetProblemKind"/>, for counted summaries.</summary>
public static class AssetProblemKinds
{
    public static string Describe(AssetProblemKind kind) => kind switch
    {
        AssetProblemKind.NotAFeature => "not a feature",
        AssetProblemKind.MissingId => "missing id",
        AssetProblemKind.DuplicateId => "duplicate id",
        AssetProblemKind.BadKind => "missing or unknown kind",
        AssetProblemKind.UnsupportedCrs => "CRS not WGS84 longitude/latitude",
        AssetProblemKind.MissingGeometry => "missing geometry",
        AssetProblemKind.UnreadableGeometry => "unreadable geometry",
        AssetProblemKind.WrongGeometryType => "wrong geometry type for its kind",
        AssetProblemKind.InvalidGeometry => "invalid geometry",
        AssetProblemKind.OutsideWgs84Range => "coordinates outside longitude/latitude range",
        AssetProblemKind.BadNumber => "attribute not a number",
        _ => kind.ToString(),
    };
}

using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Writes a target list as KML 2.2 for a pilot's flight planner (Google Earth, DJI Pilot): one Placemark per asset
/// named by its id, its reasons in the description, a style per priority, and a Point or LineString with coordinates
/// "longitude,latitude,0" (clamped to ground; the planner sets the flight altitude). Text is escaped by the XML writer.
/// </summary>
public static class TargetKmlWriter
{
    public static readonly XNamespace Kml = "http://www.opengis.net/kml/2.2";

    /// <summary>KML colours are aabbggrr: urgent red, high orange, normal yellow, low green.</summary>
    private static readonly (RequestPriority Priority, string Color)[] Styles =
    [
        (RequestPriority.Urgent, "ff0000ff"),
        (RequestPriority.High, "ff0080ff"),
        (RequestPriority.Normal, "ff00ffff"),
        (RequestPriority.Low, "ff00c000"),
    ];

    public static XDocument ToDocument(TargetList list, string title = "DroneInspect flight targets") => new(
        new XDeclaration("1.0", "UTF-8", null),
        new XElement(Kml + "kml",
            new XElement(Kml + "Document",
                new XElement(Kml + "name", title),
                Styles.Select(s => Style(s.Priority, s.Color)),
                list.Targets.Select(Placemark))));

    /// <summary>Writes UTF-8 without a byte-order mark (some flight planners refuse one).</summary>
    public static void Write(TargetList list, Stream output)
    {
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        ToDocument(list).Save(writer);
    }

    private static XElement Style(RequestPriority priority, string color) => new(Kml + "Style",
        new XAttribute("id", StyleId(priority)),
        new XElement(Kml + "IconStyle", new XElement(Kml + "color", color), new XElement(Kml + "scale", priority >= RequestPriority.High ? "1.3" : "1.0")),
        new XElement(Kml + "LineStyle", new XElement(Kml + "color", color), new XElement(Kml + "width", priority >= RequestPriority.High ? "4" : "2")));

    private static XElement Placemark(FlightTarget target)
    {
        var priority = TargetShape.PriorityName(target.Priority);
        var due = target.DueUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var description = $"{target.Kind.ToString().ToLowerInvariant()}, priority {priority}, due {due}\n"
            + string.Join("\n", target.Reasons.Select(r => "- " + r));
        var shape = TargetShape.Of(target.Geometry);
        var coordinates = string.Join(" ", shape.Positions.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.LongitudeDegrees:R},{p.LatitudeDegrees:R},0")));
        return new XElement(Kml + "Placemark",
            new XElement(Kml + "name", target.AssetId),
            new XElement(Kml + "description", description),
            new XElement(Kml + "styleUrl", "#" + StyleId(target.Priority)),
            new XElement(Kml + "ExtendedData",
                Data("assetId", target.AssetId),
                Data("priority", priority),
                Data("due", due),
                Data("requestIds", string.Join(",", target.RequestIds)),
                Data("caseIds", string.Join(",", target.CaseIds))),
            shape.IsLine
                ? new XElement(Kml + "LineString", new XElement(Kml + "tessellate", "1"), new XElement(Kml + "coordinates", coordinates))
                : new XElement(Kml + "Point", new XElement(Kml + "coordinates", coordinates)));
    }

    private static XElement Data(string name, string value) =>
        new(Kml + "Data", new XAttribute("name", name), new XElement(Kml + "value", value));

    private static string StyleId(RequestPriority priority) => "priority-" + TargetShape.PriorityName(priority);
}

using System.Diagnostics.CodeAnalysis;
using DroneInspect.Cases.Customers;
using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Projection;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// Finds the supply a report is about: a customer's through their account; a member of the public's through the
/// nearest transformer to the given location (within <see cref="RequestPolicy.MaxLocationDistanceMeters"/>). A report
/// with only an address cannot be placed here: the service team adds an account or a location.
/// </summary>
public sealed class ReportPlacer(AssetNetwork network, IEnumerable<Customer> customers, RequestPolicy policy)
{
    private const double MetersPerDegreeLatitude = 111_320;
    private readonly SupplyPathFinder _paths = new(network);
    private readonly Dictionary<string, Customer> _byAccount = customers
        .DistinctBy(c => c.Account, StringComparer.Ordinal).ToDictionary(c => c.Account, StringComparer.Ordinal);

    /// <summary>True with the placed report; false with the reason (invalid report, unknown account, nothing nearby).</summary>
    public bool TryPlace(CustomerReport report, [NotNullWhen(true)] out PlacedReport? placed, [NotNullWhen(false)] out string? problem)
    {
        placed = null;
        var errors = report.Validate();
        if (errors.Count > 0)
        {
            problem = string.Join(" ", errors);
            return false;
        }

        if (report.Account is { Length: > 0 } account)
        {
            if (!_byAccount.TryGetValue(account, out var customer))
            {
                problem = $"Report '{report.Id}': account {account} is not in the customers file.";
                return false;
            }

            if (!_paths.TryFind(customer, out var path, out problem))
            {
                problem = $"Report '{report.Id}': {problem}";
                return false;
            }

            placed = new PlacedReport(report, path, account, customer);
            return true;
        }

        if (report.Location is not { } location)
        {
            problem = $"Report '{report.Id}' gives only an address; add the account or a location to place it on the network.";
            return false;
        }

        if (NearestTransformer(location) is not { } transformer)
        {
            problem = $"Report '{report.Id}': no transformer within {policy.MaxLocationDistanceMeters} m of ({location.LongitudeDegrees}, {location.LatitudeDegrees}).";
            return false;
        }

        if (!_paths.TryFind(transformer.Id, null, out var nearPath, out problem))
        {
            return false;
        }

        placed = new PlacedReport(report, nearPath, "report:" + report.Id, null);
        return true;
    }

    private Asset? NearestTransformer(ReportLocation at)
    {
        var radius = policy.MaxLocationDistanceMeters;
        var dLat = radius / MetersPerDegreeLatitude;
        var dLon = radius / (MetersPerDegreeLatitude * Math.Max(Math.Cos(at.LatitudeDegrees * Math.PI / 180), 1e-6));
        return network.InBoundingBox(at.LongitudeDegrees - dLon, at.LatitudeDegrees - dLat, at.LongitudeDegrees + dLon, at.LatitudeDegrees + dLat)
            .Where(a => a.Kind == AssetKind.Transformer)
            .Select(a => (Asset: a, Meters: GreatCircle.DistanceMeters(at.LongitudeDegrees, at.LatitudeDegrees,
                a.Geometry.Centroid.X, a.Geometry.Centroid.Y)))
            .Where(c => c.Meters <= radius)
            .OrderBy(c => c.Meters).ThenBy(c => c.Asset.Id, StringComparer.Ordinal)
            .Select(c => c.Asset).FirstOrDefault();
    }
}

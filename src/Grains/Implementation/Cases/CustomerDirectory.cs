using DroneInspect.Cases.Customers;
using DroneInspect.Geo.Assets;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Capture;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// Reads a flight's customers file (in its stated encoding) and checks it against the flight's asset network (from
/// <paramref name="networks"/>, loaded once per silo). Read again on every call: the file is small, and a service team
/// that corrects a phone number expects the next notice to use it.
/// </summary>
public sealed class CustomerDirectory(AssetNetworkCache networks)
{
    public FlightCustomers Load(FlightRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CustomersPath is not { } customersPath)
        {
            return FlightCustomers.None;
        }

        var problems = new List<string>();
        var file = Path.GetFileName(customersPath);
        CustomerList customers;
        try
        {
            customers = CustomerCsvReader.Read(customersPath, request.CustomersEncoding is { } encoding ? CustomerCsvEncodings.Named(encoding) : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return FlightCustomers.None with { Problems = [$"{file}: {ex.Message}"] };
        }

        var network = Network(request.AssetsPath, problems);
        if (network is not null)
        {
            customers = CustomerValidation.AgainstNetwork(customers, network);
        }

        problems.AddRange(customers.Problems.Select(p => $"{file} line {p.LineNumber}: {p.Reason}"));
        return new FlightCustomers(customers, network, problems);
    }

    /// <summary>The flight's network, or null (with the problem noted) when it cannot be read.</summary>
    private AssetNetwork? Network(string assetsPath, List<string> problems)
    {
        try
        {
            return networks.Load(assetsPath).Network;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Add($"{Path.GetFileName(assetsPath)}: {ex.Message}; customers are matched to findings by transformer and meter id only");
            return null;
        }
    }
}

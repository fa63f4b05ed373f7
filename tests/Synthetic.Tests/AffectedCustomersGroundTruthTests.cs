using DroneInspect.Cases.Customers;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Synthetic.Tests;

/// <summary>
/// The product's network walk over the sample's own files (customers.csv, assets.geojson) agrees with what the
/// generator says each defect affects, from the scene it built.
/// </summary>
[Collection(SampleFlightCollection.Name)]
public sealed class AffectedCustomersGroundTruthTests(SampleFlightFixture flight)
{
    [Fact]
    public void SampleCustomersLoadWithoutProblemsAgainstTheSampleNetwork()
    {
        var network = AssetNetwork.LoadGeoJson(flight.Summary.AssetsPath);

        var customers = CustomerValidation.AgainstNetwork(CustomerCsvReader.Read(flight.Summary.CustomersPath), network);

        Assert.Empty(customers.Problems);
        Assert.Equal(14, customers.Customers.Count);
    }

    [Fact]
    public void AffectedCustomersOfEveryDefectMatchTheGroundTruth()
    {
        var network = AssetNetwork.LoadGeoJson(flight.Summary.AssetsPath);
        var customers = CustomerCsvReader.Read(flight.Summary.CustomersPath).Customers;

        Assert.All(flight.Truth.Defects, d => Assert.Equal(
            d.AffectedCustomerAccounts,
            AffectedCustomers.For(d.AssetId, customers, network).Select(a => a.Customer.Account)));
    }

    [Fact]
    public void GroundTruthFollowsTheFeederFromItsSourceEnd()
    {
        var all = CustomerCsvReader.Read(flight.Summary.CustomersPath).Customers.Select(c => c.Account).ToList();
        IReadOnlyList<string> On(string assetId) => flight.Truth.Defects.First(d => d.AssetId == assetId).AffectedCustomerAccounts;

        Assert.Equal(all, On("P-F3-04")); // upstream of T-F3-05 on P-F3-05
        Assert.Equal(all, On("T-F3-05"));
        Assert.Equal(all, On("F3"));
        Assert.Empty(On("P-F3-07")); // downstream of the transformer
        Assert.Empty(On("T110-01")); // the 110 kV line supplies none of them directly
    }

    [Fact]
    public void PathExplainsAnUpstreamPole()
    {
        var network = AssetNetwork.LoadGeoJson(flight.Summary.AssetsPath);
        var customers = CustomerCsvReader.Read(flight.Summary.CustomersPath).Customers;

        var affected = AffectedCustomers.For("P-F3-04", customers, network);

        Assert.All(affected, a => Assert.Equal("P-F3-04 is upstream of transformer T-F3-05 on feeder F3", a.Path));
    }
}

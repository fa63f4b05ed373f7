namespace DroneInspect.Viewer.Tests;

/// <summary>One real host (Kestrel + silo) shared by the HTTP test classes: starting a silo costs about a second.</summary>
[CollectionDefinition(Name)]
public sealed class ViewerHostCollection : ICollectionFixture<ViewerHostFixture>
{
    public const string Name = "viewer host";
}

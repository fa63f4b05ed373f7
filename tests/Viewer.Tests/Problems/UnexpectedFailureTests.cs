using System.Net;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Problems;

/// <summary>A failure inside the server is a 500 problem that points at the log (traceId), without the exception's text.</summary>
public sealed class UnexpectedFailureTests : IAsyncLifetime
{
    private const string Secret = "connection string with a password";
    private readonly string _data = Directory.CreateTempSubdirectory("di-problems-").FullName;
    private ViewerTestHost? _host;

    private sealed class FailingFlightQueries : IFlightQueries
    {
        public Task<IReadOnlyList<FlightStatus>> ListFlightsAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<FlightStatus?> FindFlightAsync(string flightId, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<IReadOnlyList<Finding>?> FindFindingsAsync(string flightId, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }

    public async Task InitializeAsync() =>
        _host = await ViewerTestHost.StartAsync(_data, services: s => s.AddSingleton<IFlightQueries>(new FailingFlightQueries()));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ExceptionIsA500ProblemWithATraceIdAndNoInternals()
    {
        var token = await _host!.CreateUserAsync("eng", "a long enough password", ViewerRoles.Engineer);
        using var client = _host.NewClient(token);

        using var response = await client.GetAsync("/api/flights");

        var problem = await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("traceId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain(Secret, problem.ToString(), StringComparison.Ordinal);
    }
}

using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// A case with what it refers to, read afresh: its findings as the flight holds them now (<see cref="FlightFindings"/>)
/// and as case facts (<see cref="Findings"/>), and its affected customers as the customers file lists them now.
/// </summary>
/// <param name="MissingAccounts">Accounts the case names that the customers file no longer lists.</param>
/// <param name="Problems">What could not be read (customers file, network, a finding gone from a rerun), in words.</param>
public sealed record CaseFacts(
    CaseView View,
    FlightRequest? Request,
    IReadOnlyList<Finding> FlightFindings,
    IReadOnlyList<CaseFinding> Findings,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<string> MissingAccounts,
    IReadOnlyList<string> Problems);

using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Grains.Abstractions.Cases;

// One converter per DroneInspect.Cases type that appears in a grain signature or in grain state (see CaseSerialization).

[RegisterConverter]
public sealed class CaseViewConverter : CaseJsonConverter<CaseView>;

[RegisterConverter]
public sealed class CaseOpenRequestConverter : CaseJsonConverter<CaseOpenRequest>;

[RegisterConverter]
public sealed class CaseSummaryConverter : CaseJsonConverter<CaseSummary>;

[RegisterConverter]
public sealed class CaseHistoryEntryConverter : CaseJsonConverter<CaseHistoryEntry>;

[RegisterConverter]
public sealed class WorkWindowConverter : CaseJsonConverter<WorkWindow>;

[RegisterConverter]
public sealed class ContactChannelConverter : CaseJsonConverter<ContactChannel>;

[RegisterConverter]
public sealed class NoticeDeliveryStatusConverter : CaseJsonConverter<NoticeDeliveryStatus>;

[RegisterConverter]
public sealed class CaseUrgencyConverter : CaseJsonConverter<CaseUrgency>;

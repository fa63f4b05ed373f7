using System.Text.Json.Serialization;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>
/// One thing that happened to a case, by <see cref="Who"/> at <see cref="AtUtc"/>. A case is the ordered list of its
/// events; its state (<see cref="CaseView"/>) is folded from them. Stored as JSON with the short discriminator named
/// here ("event": "opened"...), never a .NET type name, so a stored history stays readable when classes move.
/// </summary>
/// <param name="Who">The user or service that acted (sign-in name, or e.g. "outbox" for automatic delivery reports).</param>
/// <param name="AtUtc">When it was recorded, UTC.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(CaseOpened), "opened")]
[JsonDerivedType(typeof(WorkPlanned), "work-planned")]
[JsonDerivedType(typeof(CustomersNotified), "customers-notified")]
[JsonDerivedType(typeof(WorkDone), "work-done")]
[JsonDerivedType(typeof(CaseResolved), "resolved")]
[JsonDerivedType(typeof(FollowUpRecorded), "follow-up-recorded")]
[JsonDerivedType(typeof(CaseClosed), "closed")]
[JsonDerivedType(typeof(CaseCancelled), "cancelled")]
[JsonDerivedType(typeof(NoteAdded), "note-added")]
[JsonDerivedType(typeof(NoticeStatusRecorded), "notice-status-recorded")]
[JsonDerivedType(typeof(FindingAdded), "finding-added")]
public abstract record CaseEvent(string Who, DateTimeOffset AtUtc);

namespace DroneInspect.Cases.Requests;

/// <summary>How a report reached the utility.</summary>
public enum ReportChannel
{
    /// <summary>The 24-hour service hotline.</summary>
    Hotline,

    /// <summary>In person at a service desk.</summary>
    Desk,

    /// <summary>The utility's customer app.</summary>
    App,
}

namespace DroneInspect.Delivery.Email;

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; for a relay on the same host or a test server on loopback.</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, required (submission, port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

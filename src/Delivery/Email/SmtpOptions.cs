namespace DroneInspect.Delivery.Email;

/// <summary>The SMTP server notices go through ("Delivery:Smtp").</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Login name; no authentication when null or empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address customers see and reply to.</summary>
    public string FromAddress { get; set; } = "";

    /// <summary>The sender's display name, e.g. the utility's service desk.</summary>
    public string FromName { get; set; } = "";

    /// <summary>The right-hand side of the Message-IDs made from idempotency keys; the utility's mail domain.</summary>
    public string MessageIdDomain { get; set; } = "droneinspect.invalid";

    /// <summary>How long one SMTP command may take before the attempt counts as failed.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Email;
using DroneInspect.Delivery.Sms;

namespace DroneInspect.Delivery;

/// <summary>All delivery settings, bound from the "Delivery" configuration section (e.g. "Delivery:Smtp:Host", "Delivery:Retry:MaxAttempts").</summary>
public sealed class DeliveryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Delivery";

    public SmtpOptions Smtp { get; set; } = new();

    public SmsGatewayOptions Sms { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();

    public DispatcherOptions Dispatcher { get; set; } = new();
}

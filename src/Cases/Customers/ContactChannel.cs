namespace DroneInspect.Cases.Customers;

/// <summary>How a customer is reached.</summary>
public enum ContactChannel
{
    Sms,
    Email,
    Phone,
    Visit,
}

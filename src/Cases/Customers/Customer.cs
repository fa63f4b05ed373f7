namespace DroneInspect.Cases.Customers;

/// <summary>A utility customer as customers.csv lists it.</summary>
/// <param name="PreferredChannel">"sms", "email", "phone" or "visit" as written in the file.</param>
/// <param name="ServiceTransformer">Asset id of the transformer that supplies the customer.</param>
/// <param name="SpecialNeeds">Free text (e.g. "life support: cannot lose supply"); null when empty.</param>
public sealed record Customer(
    string Account,
    string Name,
    string Type,
    string? Phone,
    string? Email,
    string? PreferredChannel,
    string? ServiceTransformer,
    string? SpecialNeeds,
    string? Language);

/// <summary>A row of customers.csv that was not loaded; <see cref="LineNumber"/> is 1-based, where the row starts.</summary>
public sealed record CustomerCsvProblem(int LineNumber, string Reason);

/// <summary>The customers that loaded and the rows that did not.</summary>
public sealed record CustomerList(IReadOnlyList<Customer> Customers, IReadOnlyList<CustomerCsvProblem> Problems);

namespace DroneInspect.Cases.Customers;

/// <summary>A utility customer as the customers file lists it.</summary>
/// <param name="Account">The utility's account number; unique in the file.</param>
/// <param name="Phone">E.164-style number as given (digits, spaces, one leading '+'); null when none.</param>
/// <param name="PreferredChannel">How the customer wants to hear from the utility; a notice goes there first.</param>
/// <param name="Language">"zh-CN" or "en" (<see cref="CaseLanguages"/>): the language of every text the customer gets.</param>
/// <param name="Needs">Special needs that change how work near them is planned and how they are contacted.</param>
/// <param name="Transformer">Asset id of the service transformer that supplies the customer; null when only a meter is given.</param>
/// <param name="Meter">The customer's meter id; the network may map it to a transformer. Null when none.</param>
public sealed record Customer(
    string Account,
    string Name,
    CustomerType Type,
    string? Phone,
    string? Email,
    ContactChannel PreferredChannel,
    string Language,
    CustomerNeeds Needs,
    string? Transformer,
    string? Meter)
{
    public bool Has(CustomerNeeds need) => (Needs & need) == need && need != CustomerNeeds.None;

    /// <summary>The channels this customer can be reached on, preferred first (a phone call and a visit are always possible with a phone or an address on file).</summary>
    public IReadOnlyList<ContactChannel> Channels()
    {
        var channels = new List<ContactChannel> { PreferredChannel };
        if (Phone is not null) channels.AddRange([ContactChannel.Sms, ContactChannel.Phone]);
        if (Email is not null) channels.Add(ContactChannel.Email);
        channels.Add(ContactChannel.Visit);
        return channels.Distinct().Where(c => c switch
        {
            ContactChannel.Sms or ContactChannel.Phone => Phone is not null,
            ContactChannel.Email => Email is not null,
            _ => true,
        }).ToList();
    }
}

/// <summary>A row of the customers file that was not loaded; <see cref="LineNumber"/> is 1-based, where the row starts.</summary>
public sealed record CustomerCsvProblem(int LineNumber, string Reason);

/// <summary>The customers that loaded and the rows that did not.</summary>
public sealed record CustomerList(IReadOnlyList<Customer> Customers, IReadOnlyList<CustomerCsvProblem> Problems)
{
    /// <summary>The 1-based line each loaded customer's row starts on, by account: so a later check can name the row.</summary>
    public IReadOnlyDictionary<string, int> LineNumbers { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The line of <paramref name="account"/>'s row, or 0 when the list does not know it (customers not read from a file).</summary>
    public int LineOf(string account) => LineNumbers.TryGetValue(account, out var line) ? line : 0;
}

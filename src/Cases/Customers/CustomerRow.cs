namespace DroneInspect.Cases.Customers;

/// <summary>Turns the fields of one customers.csv row into a <see cref="Customer"/>, or says everything wrong with it.</summary>
internal static class CustomerRow
{
    /// <summary>The customer, or null with every reason the row cannot be used (each naming the value and what is allowed).</summary>
    public static Customer? Read(CustomerCsvHeader header, IReadOnlyList<string> fields, List<string> reasons)
    {
        string? Opt(string column) => header.Field(fields, column) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var account = Opt("account");
        var name = Opt("name");
        if (account is null) reasons.Add("the account is empty");
        if (name is null) reasons.Add("the name is empty");

        var typeText = Opt("type") ?? string.Empty;
        if (!CustomerFieldValues.TryType(typeText, out var type))
        {
            reasons.Add($"unknown type '{typeText}'; use one of {string.Join(", ", CustomerFieldValues.Types)}");
        }

        var channelText = Opt("preferredChannel") ?? string.Empty;
        var channelKnown = CustomerFieldValues.TryChannel(channelText, out var channel);
        if (!channelKnown)
        {
            reasons.Add($"unknown preferred channel '{channelText}'; use one of {string.Join(", ", CustomerFieldValues.Channels)}");
        }

        var languageText = Opt("language") ?? string.Empty;
        var language = CaseLanguages.Normalize(languageText);
        if (language is null)
        {
            reasons.Add($"unknown language '{languageText}'; use one of {string.Join(", ", CaseLanguages.All)}");
        }

        var unknownFlags = new List<string>();
        var needs = CustomerFieldValues.ParseFlags(Opt("flags") ?? string.Empty, unknownFlags)
            | CustomerFieldValues.FromSpecialNeedsText(Opt("specialNeeds") ?? string.Empty);
        reasons.AddRange(unknownFlags.Select(f => $"unknown flag '{f}'; use {string.Join(", ", CustomerFieldValues.Flags)} (separated by ';')"));

        var phone = Opt("phone");
        if (phone is not null && !CustomerContact.IsPhone(phone))
        {
            reasons.Add($"bad phone number '{phone}': digits with an optional leading +, spaces, dashes or parentheses, " +
                $"{CustomerContact.MinPhoneDigits} to {CustomerContact.MaxPhoneDigits} digits");
        }

        var email = Opt("email");
        if (email is not null && !CustomerContact.IsEmail(email))
        {
            reasons.Add($"bad e-mail address '{email}': one @, a dot in the domain, no spaces");
        }

        if (channelKnown && channel is (ContactChannel.Sms or ContactChannel.Phone) && phone is null)
        {
            reasons.Add($"the preferred channel is {channelText.ToLowerInvariant()} but there is no phone number");
        }
        else if (channelKnown && channel is ContactChannel.Email && email is null)
        {
            reasons.Add("the preferred channel is email but there is no e-mail address");
        }

        var transformer = Opt("transformer");
        var meter = Opt("meter");
        if (transformer is null && meter is null)
        {
            reasons.Add("neither a transformer nor a meter is given: the customer cannot be tied to the network");
        }

        return reasons.Count > 0
            ? null
            : new Customer(account!, name!, type, phone, email, channel, language!, needs, transformer, meter);
    }
}

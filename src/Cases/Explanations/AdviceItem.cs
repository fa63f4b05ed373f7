namespace DroneInspect.Cases.Explanations;

/// <summary>Where a piece of advice comes from; safety always comes first.</summary>
public enum AdviceTopic
{
    /// <summary>For every customer: fallen lines, burning smells, keeping clear.</summary>
    Safety,

    /// <summary>About the kind of defect that was found.</summary>
    Finding,

    /// <summary>For the customer's type: safe use and efficiency for households, metering and load for industry.</summary>
    CustomerType,
}

/// <summary>One piece of advice, written in the customer's language.</summary>
public sealed record AdviceItem(AdviceTopic Topic, string Text);

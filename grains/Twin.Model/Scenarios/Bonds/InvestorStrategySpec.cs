namespace Twin.Model.Scenarios;

/// <summary>How an investor values and trades bonds (see docs/model.md, "Offshore bonds").</summary>
public sealed class InvestorStrategySpec
{
    /// <summary>Standard deviation of the private error in the yield it asks, in basis points, drawn daily per bond.</summary>
    [Min(0), Max(500)] public double ViewNoiseBp { get; init; } = 8;

    /// <summary>Share of the room left towards its target it bids in one auction.</summary>
    [Min(0), Max(1)] public double AuctionShare { get; init; } = 0.5;

    /// <summary>Its auction bids: three equal tranches at its value and this many price points below it, then twice as many.</summary>
    [Min(0), Max(10)] public double BidStepPoints { get; init; } = 0.25;

    /// <summary>Funds: how far (price points) a price must stray from their value before they trade.</summary>
    [Min(0), Max(10)] public double ThresholdPoints { get; init; } = 0.3;

    /// <summary>Funds: share of the gap to their target traded each day.</summary>
    [Min(0), Max(1)] public double Urgency { get; init; } = 0.1;

    /// <summary>Banks: the spread they quote, in price points (half each side of their value).</summary>
    [Min(0), Max(10)] public double QuoteSpreadPoints { get; init; } = 0.4;

    /// <summary>Banks: lots quoted on each side.</summary>
    [Min(1), Max(100_000)] public int QuoteLots { get; init; } = 20;

    /// <summary>Banks: the inventory, in quote sizes, beyond which they stop buying.</summary>
    [Min(1), Max(10_000)] public double InventoryLimit { get; init; } = 25;

    /// <summary>Every investor: when called for margin, pay this share above the call.</summary>
    [Min(0), Max(10)] public double MarginBuffer { get; init; } = 0.25;
}

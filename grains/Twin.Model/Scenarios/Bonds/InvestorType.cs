namespace Twin.Model.Scenarios;

/// <summary>What an investor of the bond market does.</summary>
public enum InvestorType
{
    /// <summary>A pension, sovereign or asset-management fund: bids in auctions, buys cheap bonds and sells rich ones towards its target.</summary>
    Fund,

    /// <summary>A bank: bids in auctions and makes a two-sided market in the bonds of its mandate.</summary>
    Bank,
}

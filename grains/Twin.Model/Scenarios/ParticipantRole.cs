namespace Twin.Model.Scenarios;

/// <summary>What a trading participant does on the platform.</summary>
public enum ParticipantRole
{
    /// <summary>An exporter that hedges its output: keeps a short position, sells more when prices look rich.</summary>
    Producer,

    /// <summary>A utility or factory of the towns that hedges its needs: keeps a long position.</summary>
    Consumer,

    /// <summary>Quotes both sides around its view and leans its quotes against its inventory.</summary>
    MarketMaker,

    /// <summary>Trades a mix of value and momentum signals with IOC orders, within a position limit.</summary>
    Speculator,
}

using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>A role's daily decision in one market: the orders to send, given what the participant knows.</summary>
internal interface ITradingStrategy
{
    /// <summary>Whether yesterday's orders count as filled when the position is estimated (not for two-sided quotes).</summary>
    bool CountsOrdersInFlight { get; }

    /// <param name="s">The participant's strategy parameters, as today's levers leave them.</param>
    void Decide(in TradingView view, StrategySpec s, double noise, OrderSink orders);
}

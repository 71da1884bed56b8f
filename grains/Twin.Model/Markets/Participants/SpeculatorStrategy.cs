using Twin.Model.Markets.Book;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>
/// signal = a × (value - close)/scale + b × momentum + noise; target = lots × tanh(signal / scale);
/// a share (urgency) of the gap to the target goes out as an IOC order priced through the close by
/// the aggressiveness.
/// Under a margin call it only trades towards a smaller position.
/// </summary>
internal sealed class SpeculatorStrategy : ITradingStrategy
{
    public bool CountsOrdersInFlight => true;

    public void Decide(in TradingView view, StrategySpec s, double noise, OrderSink orders)
    {
        double signal = s.ValueWeight * (view.Value - view.Close) / view.Scale + s.MomentumWeight * view.Momentum + s.SignalNoise * noise;
        double target = view.Lots * Math.Tanh(signal / s.SignalScale);
        if (view.Called) target = view.Position > 0 ? Math.Clamp(target, 0, view.Position) : Math.Clamp(target, view.Position, 0);
        long trade = (long)Math.Round(s.Urgency * (target - view.Position));
        double reach = s.Aggressiveness * view.Scale;
        if (trade > 0) orders.Buy(view.Close + reach, trade, TimeInForce.Ioc, auction: false);
        else if (trade < 0) orders.Sell(view.Close - reach, -trade, TimeInForce.Ioc, auction: false);
    }
}

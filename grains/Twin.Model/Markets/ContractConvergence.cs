namespace Twin.Model.Markets;

/// <summary>
/// How well a market's contracts converge to spot and hedge it. A contract's hedge runs from its
/// first trading day, bought at that day's price Fₑ (its VWAP, or its traded close without trades),
/// to its final settlement F_T at the spot index S_T. Against the spot move m = S_T − S_ref from the
/// spot of the day before the contract opened, the hedge leaves r = m − (F_T − Fₑ). Over a window,
/// hedge effectiveness is 1 − Σr²/Σm² (Ederington's variance reduction, one lot of futures per unit
/// of spot), recorded at each expiry as 1 − r²/m² with weight m², so the window's weighted mean is
/// exactly that ratio of sums. Moves are relative to the price scale of S_ref.
/// </summary>
public sealed class ContractConvergence(double startPrice)
{
    private readonly double _startPrice = startPrice;
    private bool _open;
    private double _entryPrice;
    private double _spotReference = startPrice;
    private double _previousSpot = startPrice;

    /// <summary>One day of the market: returns (effectiveness, weight) on an expiry day with a move, NaN and 0 otherwise.</summary>
    /// <param name="tradedPrice">The day's price for a hedger opening a position: its VWAP, or its traded close.</param>
    public (double Effectiveness, double Weight) Add(double spot, double tradedPrice, double finalSettlement, bool expiry)
    {
        if (!_open)
        {
            (_open, _entryPrice, _spotReference) = (true, tradedPrice, _previousSpot);
        }
        _previousSpot = spot;
        if (!expiry) return (double.NaN, 0);
        _open = false;
        double scale = PriceScale.Of(_spotReference, _startPrice);
        double move = (spot - _spotReference) / scale;
        double residual = move - (finalSettlement - _entryPrice) / scale;
        double weight = move * move;
        return weight > 0 ? (1 - residual * residual / weight, weight) : (double.NaN, 0);
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_open);
        writer.Write(_entryPrice);
        writer.Write(_spotReference);
        writer.Write(_previousSpot);
    }

    public void ReadState(BinaryReader reader)
    {
        _open = reader.ReadBoolean();
        _entryPrice = reader.ReadDouble();
        _spotReference = reader.ReadDouble();
        _previousSpot = reader.ReadDouble();
    }
}

using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>A participant's state in one market: its open position, its last market data and recent closes, its orders in flight.</summary>
internal sealed class MarketSlot
{
    private const int History = 61;
    private readonly double[] _closes = new double[History];
    private readonly double _startPrice;
    private int _closeCount;

    public MarketSlot(MarketSpec spec, int market, int lots)
    {
        Spec = spec;
        Market = market;
        Lots = lots;
        Grid = new PriceGrid(spec);
        double start = spec.Fundamental.Start;
        Last = new MarketDataMessage(-1, 0, 0, start, start, double.NaN, double.NaN);
        _startPrice = start;
    }

    public MarketSpec Spec { get; private set; }

    /// <summary>The market's entity index.</summary>
    public int Market { get; }

    public int Lots { get; private set; }

    public PriceGrid Grid { get; private set; }

    /// <summary>Open lots in the current contract, as its fills tell it.</summary>
    public long Position { get; set; }

    /// <summary>The yardstick price offsets and moves in this market are shares of (see <see cref="PriceScale"/>).</summary>
    public double Scale(double price) => PriceScale.Of(price, _startPrice);

    /// <summary>Yesterday's market data (the start price before any).</summary>
    public MarketDataMessage Last { get; private set; }

    /// <summary>Signed lots of the orders sent in the last step, not yet known to have filled.</summary>
    public long InFlight { get; set; }

    public long FilledToday { get; set; }

    /// <summary>For a consumer hedging for a town: the town's latest use of the commodity relative to its first day's (1 until told).</summary>
    public double RelativeUse { get; set; } = 1;

    /// <summary>The lots its strategy works with: the scenario's, scaled by the town's use as far as <paramref name="weight"/> says.</summary>
    public int LotsFollowing(double weight) => (int)Math.Round(Math.Max(0, Lots * (1 + weight * (RelativeUse - 1))));

    public void Rebind(MarketSpec spec, int lots)
    {
        Spec = spec;
        Lots = lots;
        Grid = new PriceGrid(spec);
    }

    public void Record(in MarketDataMessage data)
    {
        Last = data;
        _closes[_closeCount % History] = data.Close;
        _closeCount++;
    }

    /// <summary>The close's change over <paramref name="days"/> days relative to its scale; 0 until that much history exists.</summary>
    public double Momentum(int days)
    {
        days = Math.Min(days, History - 1);
        if (_closeCount <= days) return 0;
        double now = _closes[(_closeCount - 1) % History];
        double then = _closes[(_closeCount - 1 - days) % History];
        return (now - then) / Scale(then);
    }

    public void WriteState(BinaryWriter writer)
    {
        var d = Last;
        writer.Write(d.Day); writer.Write(d.VolumeLots); writer.Write(d.Trades);
        writer.Write(d.Fundamental); writer.Write(d.Close); writer.Write(d.BestBid); writer.Write(d.BestAsk);
        writer.Write(_closeCount);
        foreach (double c in _closes) writer.Write(c);
        writer.Write(InFlight);
        writer.Write(Position);
        writer.Write(RelativeUse);
    }

    public void ReadState(BinaryReader reader)
    {
        Last = new MarketDataMessage(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(),
            reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        _closeCount = reader.ReadInt32();
        for (int i = 0; i < History; i++) _closes[i] = reader.ReadDouble();
        InFlight = reader.ReadInt64();
        Position = reader.ReadInt64();
        RelativeUse = reader.ReadDouble();
    }
}

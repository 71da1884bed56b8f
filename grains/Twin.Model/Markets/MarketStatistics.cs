namespace Twin.Model.Markets;

/// <summary>
/// Rolling figures of a market's closes: realised volatility (standard deviation of the last
/// <see cref="Window"/> daily returns) and the tracking error of the close against the fundamental.
/// Returns and errors are relative to the <see cref="PriceScale"/>, so they stay finite when an
/// electricity price passes through zero.
/// </summary>
public sealed class MarketStatistics(double startPrice)
{
    public const int Window = 20;
    private readonly double[] _returns = new double[Window];
    private int _count;
    private int _next;

    public double Scale(double price) => PriceScale.Of(price, startPrice);

    /// <summary>Adds the day's return from <paramref name="previous"/> to <paramref name="close"/>.</summary>
    public void AddClose(double previous, double close)
    {
        _returns[_next] = (close - previous) / Scale(previous);
        _next = (_next + 1) % Window;
        _count = Math.Min(_count + 1, Window);
    }

    /// <summary>Sample standard deviation of the window's returns; NaN with fewer than two.</summary>
    public double RealisedVolatility
    {
        get
        {
            if (_count < 2) return double.NaN;
            double mean = 0;
            for (int i = 0; i < _count; i++) mean += _returns[i];
            mean /= _count;
            double sum = 0;
            for (int i = 0; i < _count; i++) sum += (_returns[i] - mean) * (_returns[i] - mean);
            return Math.Sqrt(sum / (_count - 1));
        }
    }

    /// <summary>(close - fundamental), relative to the fundamental.</summary>
    public double TrackingError(double close, double fundamental) => (close - fundamental) / Scale(fundamental);

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_count);
        writer.Write(_next);
        foreach (var r in _returns) writer.Write(r);
    }

    public void ReadState(BinaryReader reader)
    {
        _count = reader.ReadInt32();
        _next = reader.ReadInt32();
        for (int i = 0; i < Window; i++) _returns[i] = reader.ReadDouble();
    }
}

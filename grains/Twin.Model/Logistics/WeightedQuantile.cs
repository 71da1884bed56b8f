namespace Twin.Model.Logistics;

/// <summary>Weighted mean and quantile of a day's observations (transit days weighted by TEU).</summary>
public sealed class WeightedQuantile
{
    private readonly List<(double Value, double Weight)> _items = [];

    public void Add(double value, double weight)
    {
        if (weight > 0) _items.Add((value, weight));
    }

    public double Mean()
    {
        double sum = 0, weight = 0;
        foreach (var (v, w) in _items) { sum += v * w; weight += w; }
        return weight > 0 ? sum / weight : 0;
    }

    /// <summary>The smallest value whose cumulative weight reaches <paramref name="q"/> of the total; 0 if empty.</summary>
    public double Quantile(double q)
    {
        if (_items.Count == 0) return 0;
        _items.Sort((a, b) => a.Value.CompareTo(b.Value));
        double total = 0;
        foreach (var (_, w) in _items) total += w;
        double cumulative = 0;
        foreach (var (v, w) in _items)
        {
            cumulative += w;
            if (cumulative >= q * total) return v;
        }
        return _items[^1].Value;
    }

    public void Clear() => _items.Clear();
}

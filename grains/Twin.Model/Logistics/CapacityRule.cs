using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// An operator's capacity review (docs/model.md, "Capacity response"): it keeps the days since the
/// last review, and at each review adds a step of capacity when the backlog persisted, or cuts one
/// when the backlog stayed short and the capacity went unused. The factor multiplies the scheduled
/// capacity of the scenario in force, so a `set` or `scale` lever keeps its meaning. It draws no
/// random numbers, so it moves no stream.
/// </summary>
public sealed class CapacityRule
{
    private double _backlogDays, _used, _offered;
    private int _days;

    /// <summary>The effective capacity over the scheduled one.</summary>
    public double Factor { get; private set; } = 1;

    /// <summary>Counts one day: the backlog in days of capacity, the capacity used and the capacity offered.</summary>
    public void Record(double backlogDays, double used, double offered)
    {
        if (!double.IsFinite(backlogDays)) return;
        _backlogDays += backlogDays;
        _used += used;
        _offered += offered;
        _days++;
    }

    /// <summary>At the end of a review period's last day, adjusts <see cref="Factor"/> for the days after it.</summary>
    public void Review(int day, CapacityRuleSpec rule)
    {
        if (!rule.Enabled)
        {
            // Switched off (or never on): the scheduled capacity, and nothing carried into a later review.
            Factor = 1;
            Clear();
            return;
        }
        if ((day + 1) % rule.ReviewDays != 0) return;
        // The network starts empty: the first period's load says nothing of demand, so it decides nothing.
        if (_days > 0 && day + 1 > rule.ReviewDays)
        {
            double backlog = _backlogDays / _days;
            // A period with no capacity offered (a closed route) says nothing about the load.
            double load = _offered > 0 ? _used / _offered : double.NaN;
            // The further the backlog is above the threshold, the more is added: a schedule far too thin
            // for its cargo (one truck in ten weeks) catches up in a few reviews, not a few years.
            if (backlog > rule.RaiseAboveDays)
                Factor = Math.Min(rule.MaxFactor, Factor + rule.Step * backlog / Math.Max(rule.RaiseAboveDays, 1e-9));
            else if (backlog < rule.LowerBelowDays && load < rule.LowerBelowLoad)
                Factor = Math.Max(rule.MinFactor, Factor - rule.Step);
        }
        // Bounds changed by a lever take effect at the next review.
        Factor = Math.Clamp(Factor, rule.MinFactor, rule.MaxFactor);
        Clear();
    }

    private void Clear()
    {
        _backlogDays = _used = _offered = 0;
        _days = 0;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Factor);
        writer.Write(_backlogDays);
        writer.Write(_used);
        writer.Write(_offered);
        writer.Write(_days);
    }

    public void Read(BinaryReader reader)
    {
        Factor = reader.ReadDouble();
        _backlogDays = reader.ReadDouble();
        _used = reader.ReadDouble();
        _offered = reader.ReadDouble();
        _days = reader.ReadInt32();
    }
}

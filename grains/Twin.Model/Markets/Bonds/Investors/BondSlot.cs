using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>An investor's view of one bond: its terms, its latest data, and the lots the investor holds.</summary>
internal sealed class BondSlot(BondSpec spec, int entity)
{
    public BondSpec Spec { get; private set; } = spec;

    public BondSchedule Schedule { get; } = new(spec);

    /// <summary>The bond's entity index.</summary>
    public int Entity { get; } = entity;

    public BondStatus Status { get; set; }

    /// <summary>Yesterday's close (NaN before the first).</summary>
    public double Close { get; set; } = double.NaN;

    public long Holding { get; set; }

    /// <summary>Today's valuation (clean price) for tomorrow's trading.</summary>
    public double Value { get; set; } = double.NaN;

    public void Rebind(BondSpec spec) => Spec = spec;

    public void WriteState(BinaryWriter writer)
    {
        writer.Write((int)Status);
        writer.Write(Close);
        writer.Write(Holding);
        writer.Write(Value);
    }

    public void ReadState(BinaryReader reader)
    {
        Status = (BondStatus)reader.ReadInt32();
        Close = reader.ReadDouble();
        Holding = reader.ReadInt64();
        Value = reader.ReadDouble();
    }
}

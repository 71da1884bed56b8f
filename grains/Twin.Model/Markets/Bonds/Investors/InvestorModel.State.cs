using Twin.Model.Markets.Messages;
using Twin.Model.Randomness;

namespace Twin.Model.Markets.Bonds.Investors;

public sealed partial class InvestorModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_views.State);
        writer.Write(_reserves);
        writer.Write(_defaulted);
        writer.Write(_nextClientId);
        var s = _statement;
        writer.Write((int)s.Status); writer.Write(s.MarginCalls);
        writer.Write(s.CashUsd); writer.Write(s.BondsUsd); writer.Write(s.PnlUsd); writer.Write(s.IncomeUsd);
        foreach (var (currency, curve) in _curves.OrderBy(c => c.Key))
        {
            writer.Write(curve.Level); writer.Write(curve.Slope); writer.Write(curve.Curvature);
        }
        foreach (var slot in _bonds) slot.WriteState(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _views.Restore(reader.ReadStreamState());
        _reserves = reader.ReadDouble();
        _defaulted = reader.ReadBoolean();
        _nextClientId = reader.ReadInt32();
        _statement = new InvestorStatementMessage((AccountStatus)reader.ReadInt32(), reader.ReadInt32(),
            reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        foreach (var currency in _curves.Keys.Order().ToArray())
            _curves[currency] = _curves[currency] with { Level = reader.ReadDouble(), Slope = reader.ReadDouble(), Curvature = reader.ReadDouble() };
        foreach (var slot in _bonds) slot.ReadState(reader);
    }
}

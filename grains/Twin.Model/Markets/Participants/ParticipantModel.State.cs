using Twin.Model.Markets.Messages;
using Twin.Model.Randomness;

namespace Twin.Model.Markets.Participants;

public sealed partial class ParticipantModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_views.State);
        writer.Write(_signals.State);
        writer.Write(_reserves);
        writer.Write(_defaulted);
        writer.Write(_nextClientId);
        var s = _statement;
        writer.Write((int)s.Status); writer.Write(s.MarginCalls);
        writer.Write(s.EquityUsd); writer.Write(s.InitialMarginUsd); writer.Write(s.PnlUsd); writer.Write(s.FeesUsd);
        foreach (var slot in _slots) slot.WriteState(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _views.Restore(reader.ReadStreamState());
        _signals.Restore(reader.ReadStreamState());
        _reserves = reader.ReadDouble();
        _defaulted = reader.ReadBoolean();
        _nextClientId = reader.ReadInt32();
        _statement = new StatementMessage((AccountStatus)reader.ReadInt32(), reader.ReadInt32(),
            reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        foreach (var slot in _slots) slot.ReadState(reader);
    }
}

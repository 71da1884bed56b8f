namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_depositsUsd);
        writer.Write(_nextClientId);
        foreach (double fee in _feeRevenue) writer.Write(fee);
        foreach (var market in _markets)
        {
            writer.Write(market.SettlementPrice);
            writer.Write(market.LastCloseOutDay);
        }
        foreach (var bond in _bonds) bond.WriteState(writer);
        _deliveries.WriteState(writer);
        foreach (var account in _accounts) account.WriteState(writer);
        _queue.WriteState(writer);
        _waterfall.WriteState(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _depositsUsd = reader.ReadDouble();
        _nextClientId = reader.ReadInt32();
        for (int i = 0; i < _feeRevenue.Length; i++) _feeRevenue[i] = reader.ReadDouble();
        foreach (var market in _markets)
        {
            market.SettlementPrice = reader.ReadDouble();
            market.LastCloseOutDay = reader.ReadInt32();
        }
        foreach (var bond in _bonds) bond.ReadState(reader);
        _deliveries.ReadState(reader);
        foreach (var account in _accounts) account.ReadState(reader);
        _queue.ReadState(reader);
        _waterfall.ReadState(reader);
    }
}

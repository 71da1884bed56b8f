namespace Twin.Model.Markets.Clearing;

/// <summary>Bonds due to change hands, by settlement day: delivered on the day their cash moves (delivery versus payment).</summary>
public sealed class BondDeliveries
{
    /// <param name="Seller">The seller's account, or -1 for the issuer (a primary allotment).</param>
    public readonly record struct Delivery(int Bond, int Buyer, int Seller, long Lots);

    private readonly SortedDictionary<int, List<Delivery>> _byDay = [];

    public void Add(int dueDay, Delivery delivery)
    {
        if (!_byDay.TryGetValue(dueDay, out var list)) _byDay[dueDay] = list = [];
        list.Add(delivery);
    }

    /// <summary>Moves every delivery due on or before <paramref name="day"/> into the accounts' holdings.</summary>
    public void Settle(int day, IReadOnlyList<ClearingAccount> accounts)
    {
        while (_byDay.Count > 0 && _byDay.First() is var first && first.Key <= day)
        {
            foreach (var d in first.Value)
            {
                accounts[d.Buyer].Bonds[d.Bond] += d.Lots;
                if (d.Seller >= 0) accounts[d.Seller].Bonds[d.Bond] -= d.Lots;
            }
            _byDay.Remove(first.Key);
        }
    }

    /// <summary>Pending deliveries of one account pass to another (a defaulter's to the house).</summary>
    public void MoveAccount(int from, int to)
    {
        foreach (var list in _byDay.Values)
            for (int i = 0; i < list.Count; i++)
            {
                var d = list[i];
                list[i] = d with { Buyer = d.Buyer == from ? to : d.Buyer, Seller = d.Seller == from ? to : d.Seller };
            }
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_byDay.Count);
        foreach (var (day, list) in _byDay)
        {
            writer.Write(day);
            writer.Write(list.Count);
            foreach (var d in list) { writer.Write(d.Bond); writer.Write(d.Buyer); writer.Write(d.Seller); writer.Write(d.Lots); }
        }
    }

    public void ReadState(BinaryReader reader)
    {
        _byDay.Clear();
        int days = reader.ReadInt32();
        for (int i = 0; i < days; i++)
        {
            int day = reader.ReadInt32(), count = reader.ReadInt32();
            var list = new List<Delivery>(count);
            for (int k = 0; k < count; k++) list.Add(new Delivery(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt64()));
            _byDay[day] = list;
        }
    }
}

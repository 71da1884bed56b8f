using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

/// <summary>
/// What each account owes or is owed per currency, by settlement day, netted as it is added: one
/// number per account, currency and day, whatever the number of trades. The last row is the
/// platform's fee account, the one before it the bond issuers' (auction proceeds leaving the system).
/// </summary>
public sealed class SettlementQueue(int rows)
{
    private readonly SortedDictionary<int, double[]> _byDay = [];

    public int Rows => rows;

    public int FeeRow => rows - 1;

    public int IssuerRow => rows - 2;

    public void Add(int dueDay, int row, Currency currency, double amount)
    {
        if (!_byDay.TryGetValue(dueDay, out var amounts)) _byDay[dueDay] = amounts = new double[rows * Currencies.Count];
        amounts[row * Currencies.Count + (int)currency] += amount;
    }

    /// <summary>Takes every amount due on or before <paramref name="day"/>, netted per row and currency (rows × currencies).</summary>
    public double[] TakeDue(int day)
    {
        var due = new double[rows * Currencies.Count];
        while (_byDay.Count > 0 && _byDay.First() is var first && first.Key <= day)
        {
            for (int i = 0; i < due.Length; i++) due[i] += first.Value[i];
            _byDay.Remove(first.Key);
        }
        return due;
    }

    /// <summary>A row's amounts not yet due, in US dollars.</summary>
    public double PendingUsd(int row, FxSpec fx)
    {
        double total = 0;
        foreach (var amounts in _byDay.Values)
            foreach (var c in Currencies.All) total += amounts[row * Currencies.Count + (int)c] * fx.UsdPer(c);
        return total;
    }

    /// <summary>Moves a row's pending amounts to another row (a defaulter's to the house).</summary>
    public void MoveRow(int from, int to)
    {
        foreach (var amounts in _byDay.Values)
            for (int c = 0; c < Currencies.Count; c++)
            {
                amounts[to * Currencies.Count + c] += amounts[from * Currencies.Count + c];
                amounts[from * Currencies.Count + c] = 0;
            }
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_byDay.Count);
        foreach (var (day, amounts) in _byDay)
        {
            writer.Write(day);
            foreach (double a in amounts) writer.Write(a);
        }
    }

    public void ReadState(BinaryReader reader)
    {
        _byDay.Clear();
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            int day = reader.ReadInt32();
            var amounts = new double[rows * Currencies.Count];
            for (int k = 0; k < amounts.Length; k++) amounts[k] = reader.ReadDouble();
            _byDay[day] = amounts;
        }
    }
}

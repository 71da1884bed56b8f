using Twin.Model.Markets.Book;

namespace Twin.Model.Markets;

public sealed partial class MarketModel
{
    /// <summary>Each member's net lots in the current contract, from the market's own trades (cleared at expiry).</summary>
    private readonly SortedDictionary<int, long> _positions = [];
    private int _tradesSeen;

    /// <summary>Adds the trades since the last call to the members' positions, so a limit sees fills made earlier the same day.</summary>
    private void TrackPositions()
    {
        var trades = _book.Trades;
        for (; _tradesSeen < trades.Length; _tradesSeen++)
        {
            ref readonly var trade = ref trades[_tradesSeen];
            _positions[trade.Buyer] = _positions.GetValueOrDefault(trade.Buyer) + trade.Quantity;
            _positions[trade.Seller] = _positions.GetValueOrDefault(trade.Seller) - trade.Quantity;
        }
    }

    /// <summary>
    /// Whether <paramref name="lots"/> more on one side may go in under the position limit: the
    /// member's worst case (its position, its resting lots on that side and these all filled) must stay
    /// within the limit. The clearing house's close-outs are exempt.
    /// </summary>
    private bool WithinPositionLimit(int from, Side side, long lots)
    {
        long limit = _spec.Rules.PositionLimitLots;
        if (limit <= 0 || from == _clearing || lots <= 0) return true;
        long position = _positions.GetValueOrDefault(from), working = _book.OpenLotsOf(from, side);
        return side == Side.Buy ? position + working + lots <= limit : position - working - lots >= -limit;
    }

    /// <summary>An amend that raises an order's open lots is checked like a new order for the difference.</summary>
    private bool AmendWithinPositionLimit(int from, long orderId, long newLots) =>
        !_book.TryGetResting(orderId, out var side, out long open) || WithinPositionLimit(from, side, newLots - open);

    private void WritePositions(BinaryWriter writer)
    {
        writer.Write(_positions.Count);
        foreach (var (member, lots) in _positions)
        {
            writer.Write(member);
            writer.Write(lots);
        }
    }

    private void ReadPositions(BinaryReader reader)
    {
        _positions.Clear();
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++) _positions[reader.ReadInt32()] = reader.ReadInt64();
    }
}

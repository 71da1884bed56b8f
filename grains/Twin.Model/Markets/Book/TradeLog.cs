namespace Twin.Model.Markets.Book;

/// <summary>The trades since the owner last cleared it; grows by doubling, so steady use allocates nothing.</summary>
internal sealed class TradeLog
{
    private Trade[] _items = new Trade[64];
    private int _count;

    public ReadOnlySpan<Trade> Items => _items.AsSpan(0, _count);

    public void Add(in Trade trade)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = trade;
    }

    public void Clear() => _count = 0;
}

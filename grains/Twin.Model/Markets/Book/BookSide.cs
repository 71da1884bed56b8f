namespace Twin.Model.Markets.Book;

/// <summary>
/// One side's price levels in an array sorted by key, best last. Keys are prices for bids and minus
/// prices for asks, so on both sides the best level has the largest key and most changes happen at
/// the end of the array, where inserting and removing move little.
/// </summary>
internal sealed class BookSide(Side side)
{
    private PriceLevel[] _levels = new PriceLevel[32];
    private int _count;

    public Side Side => side;

    public int Count => _count;

    public ref PriceLevel Best => ref _levels[_count - 1];

    public ref PriceLevel this[int index] => ref _levels[index];

    public long KeyOf(long price) => side == Side.Buy ? price : -price;

    public long PriceOf(long key) => side == Side.Buy ? key : -key;

    /// <summary>The index of the level with this key, or -1.</summary>
    public int IndexOf(long key)
    {
        int n = _count;
        if (n > 0 && _levels[n - 1].Key == key) return n - 1;
        int i = Search(key);
        return i >= 0 ? i : -1;
    }

    /// <summary>The index of the level with this key, created empty if missing.</summary>
    public int GetOrAdd(long key)
    {
        int n = _count;
        if (n == 0 || key > _levels[n - 1].Key)
        {
            InsertAt(n, key);
            return n;
        }
        if (_levels[n - 1].Key == key) return n - 1;
        int i = Search(key);
        if (i >= 0) return i;
        i = ~i;
        InsertAt(i, key);
        return i;
    }

    public void RemoveAt(int index)
    {
        int tail = _count - index - 1;
        if (tail > 0) Array.Copy(_levels, index + 1, _levels, index, tail);
        _count--;
    }

    public void RemoveBest() => _count--;

    /// <summary>Drops levels left without orders (after a sweep that removed orders anywhere).</summary>
    public void Compact()
    {
        int kept = 0;
        for (int i = 0; i < _count; i++)
            if (_levels[i].Orders > 0) _levels[kept++] = _levels[i];
        _count = kept;
    }

    public void Clear() => _count = 0;

    private int Search(long key)
    {
        int lo = 0, hi = _count - 1;
        var levels = _levels;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            long k = levels[mid].Key;
            if (k == key) return mid;
            if (k < key) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }

    private void InsertAt(int index, long key)
    {
        if (_count == _levels.Length) Array.Resize(ref _levels, _levels.Length * 2);
        if (index < _count) Array.Copy(_levels, index, _levels, index + 1, _count - index);
        _levels[index] = new PriceLevel { Key = key, Head = -1, Tail = -1 };
        _count++;
    }
}

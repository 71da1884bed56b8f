namespace Twin.Model.Markets.Book;

/// <summary>
/// Order id to node slot, by open addressing with linear probing and backward-shift deletion. Unlike
/// a <see cref="Dictionary{TKey,TValue}"/> it never allocates once it has grown to the book's size,
/// and a lookup touches one or two cache lines.
/// </summary>
internal sealed class OrderIndex
{
    private const long Empty = long.MinValue;
    private long[] _keys;
    private int[] _values;
    private int _mask;
    private int _shift;
    private int _count;

    public OrderIndex(int capacity)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _keys = NewKeys(size);
        _values = new int[size];
        SetSize(size);
    }

    public int Count => _count;

    public bool TryGet(long id, out int slot)
    {
        var keys = _keys;
        int i = Home(id);
        while (true)
        {
            long k = keys[i];
            if (k == id) { slot = _values[i]; return true; }
            if (k == Empty) { slot = -1; return false; }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds an id that is not present (the caller has checked).</summary>
    public void Add(long id, int slot)
    {
        if ((_count + 1) * 2 > _keys.Length) Grow();
        int i = Home(id);
        while (_keys[i] != Empty) i = (i + 1) & _mask;
        _keys[i] = id;
        _values[i] = slot;
        _count++;
    }

    public void Remove(long id)
    {
        int i = Home(id);
        while (_keys[i] != id)
        {
            if (_keys[i] == Empty) return;
            i = (i + 1) & _mask;
        }
        // Shift later members of the probe run back, so lookups never meet a hole inside a run.
        int hole = i;
        int j = i;
        while (true)
        {
            j = (j + 1) & _mask;
            long k = _keys[j];
            if (k == Empty) break;
            int home = Home(k);
            bool movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (!movable) continue;
            _keys[hole] = k;
            _values[hole] = _values[j];
            hole = j;
        }
        _keys[hole] = Empty;
        _count--;
    }

    public void Clear()
    {
        Array.Fill(_keys, Empty);
        _count = 0;
    }

    /// <summary>Fibonacci hashing: the top bits of id times the golden ratio spread sequential ids evenly.</summary>
    private int Home(long id) => (int)((ulong)(id * unchecked((long)0x9E3779B97F4A7C15UL)) >> _shift);

    private void SetSize(int size)
    {
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = NewKeys(keys.Length * 2);
        _values = new int[keys.Length * 2];
        SetSize(_keys.Length);
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
            if (keys[i] != Empty) Add(keys[i], values[i]);
    }

    private static long[] NewKeys(int size)
    {
        var keys = new long[size];
        Array.Fill(keys, Empty);
        return keys;
    }
}

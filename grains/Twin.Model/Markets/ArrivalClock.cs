using Twin.Model.Kernel;
using Twin.Model.Randomness;

namespace Twin.Model.Markets;

/// <summary>
/// When each sender's orders reach a market within a trading day. Every day the market draws one
/// arrival time in [0, 1) of the session for each member that trades it (in the order the scenario
/// lists them) and one for the clearing house, from its own `arrival` stream: the same number of
/// draws every day whatever happens, so what-ifs stay on common random numbers. The day's messages
/// are handled by arrival time, then by the sender's own order. Member ids play no part: renaming a
/// member leaves its arrival times as they were, and the order is the same on one silo or three.
/// </summary>
public sealed class ArrivalClock
{
    private readonly StreamRandom _stream;
    private readonly Dictionary<int, int> _slotOf = [];
    private readonly double[] _times;
    private readonly int[] _rank;
    private readonly int[] _bySlot;
    private long[] _keys = new long[64];
    private int[] _order = new int[64];

    /// <param name="senders">Entity indexes of the members in scenario order, then the clearing house.</param>
    public ArrivalClock(StreamRandom stream, IReadOnlyList<int> senders)
    {
        _stream = stream;
        for (int s = 0; s < senders.Count; s++) _slotOf[senders[s]] = s;
        _times = new double[senders.Count];
        _rank = new int[senders.Count];
        _bySlot = new int[senders.Count];
    }

    /// <summary>Draws today's arrival time of every sender, and ranks them (earliest first).</summary>
    public void Draw()
    {
        for (int s = 0; s < _times.Length; s++)
        {
            _times[s] = _stream.NextDouble();
            _bySlot[s] = s;
        }
        // A handful of senders: insertion sort by time, ties (which 53-bit draws all but never give) by slot.
        for (int i = 1; i < _bySlot.Length; i++)
        {
            int slot = _bySlot[i], j = i - 1;
            while (j >= 0 && (_times[_bySlot[j]] > _times[slot] || (_times[_bySlot[j]] == _times[slot] && _bySlot[j] > slot)))
            {
                _bySlot[j + 1] = _bySlot[j];
                j--;
            }
            _bySlot[j + 1] = slot;
        }
        for (int r = 0; r < _bySlot.Length; r++) _rank[_bySlot[r]] = r;
    }

    /// <summary>Today's arrival time of a sender; senders the market does not know arrive at the end of the session.</summary>
    public double TimeOf(int sender) => _slotOf.TryGetValue(sender, out int slot) ? _times[slot] : 1.0;

    /// <summary>The positions of the inbox's messages in arrival order: by sender's arrival time, then the sender's sequence number.</summary>
    public ReadOnlySpan<int> Order(ReadOnlySpan<Message> inbox)
    {
        int n = inbox.Length;
        if (_keys.Length < n)
        {
            _keys = new long[Math.Max(n, _keys.Length * 2)];
            _order = new int[_keys.Length];
        }
        for (int i = 0; i < n; i++)
        {
            ref readonly var m = ref inbox[i];
            long rank = _slotOf.TryGetValue(m.From, out int slot) ? _rank[slot] : _rank.Length + (long)m.From;
            _keys[i] = (rank << 32) | (uint)m.Seq;
            _order[i] = i;
        }
        Array.Sort(_keys, _order, 0, n);
        return _order.AsSpan(0, n);
    }

    /// <summary>Only the stream: the times are drawn afresh at the start of every step, before anything reads them.</summary>
    public void WriteState(BinaryWriter writer) => writer.Write(_stream.State);

    public void ReadState(BinaryReader reader) => _stream.Restore(reader.ReadStreamState());
}

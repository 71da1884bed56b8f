namespace Twin.Model.Kernel;

/// <summary>Collects what an entity sends during one step, stamping sender and sequence numbers.</summary>
public sealed class Outbox
{
    // One scratch outbox per thread serves every entity stepped on it: a step hands its messages
    // on as a copy (ToArray), so keeping a buffer per entity only held memory between steps
    // (half a kilobyte an entity, half a gigabyte for a million light entities).
    [ThreadStatic] private static Outbox? t_scratch;

    private Message[] _buffer = new Message[8];
    private int _count;
    private int _from;

    /// <summary>
    /// This thread's scratch outbox, begun for <paramref name="from"/>; give it back with
    /// <see cref="Return"/>. A step nested in another gets an outbox of its own.
    /// </summary>
    public static Outbox Rent(int from)
    {
        var outbox = t_scratch ?? new Outbox();
        t_scratch = null;
        outbox.Begin(from);
        return outbox;
    }

    /// <summary>Hands a rented outbox back to this thread once its messages are copied out.</summary>
    public static void Return(Outbox outbox) => t_scratch = outbox;

    public int Count => _count;

    /// <summary>Starts a new step for the given sender; sequence numbers restart at zero.</summary>
    public void Begin(int from)
    {
        _from = from;
        _count = 0;
    }

    public void Send(int to, MessageKind kind, int i0 = 0, int i1 = 0, int i2 = 0, int i3 = 0,
        double d0 = 0, double d1 = 0, double d2 = 0, double d3 = 0)
    {
        if (_count == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        _buffer[_count] = new Message(_from, to, _count, kind, i0, i1, i2, i3, d0, d1, d2, d3);
        _count++;
    }

    public ReadOnlySpan<Message> Messages => _buffer.AsSpan(0, _count);

    /// <summary>A copy of this step's messages, to hand to the router.</summary>
    public Message[] ToArray() => _count == 0 ? [] : _buffer.AsSpan(0, _count).ToArray();
}

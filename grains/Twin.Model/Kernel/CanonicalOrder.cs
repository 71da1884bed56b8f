namespace Twin.Model.Kernel;

/// <summary>
/// The order in which a receiver processes its inbox: by sender, then by the sender's sequence
/// number. Arrival order depends on scheduling and placement; this order does not.
/// </summary>
public sealed class CanonicalOrder : IComparer<Message>
{
    public static readonly CanonicalOrder Instance = new();

    public int Compare(Message x, Message y)
    {
        int c = x.From.CompareTo(y.From);
        return c != 0 ? c : x.Seq.CompareTo(y.Seq);
    }

    /// <summary>Sorts in place; (From, Seq) pairs are unique, so the result does not depend on the input order.</summary>
    public static void Sort(Span<Message> inbox)
    {
        if (inbox.Length > 1) inbox.Sort(Instance);
    }
}

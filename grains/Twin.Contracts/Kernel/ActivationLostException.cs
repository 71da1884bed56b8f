namespace Twin.Contracts.Kernel;

/// <summary>
/// A partition or entity grain of a run was asked for state it does not hold: the call reached a
/// fresh activation (its silo died and Orleans placed it anew) or a stale one (a duplicate the
/// cluster left behind for a moment). Either way the run goes back to its last checkpoint.
/// </summary>
[GenerateSerializer]
public sealed class ActivationLostException : Exception
{
    public ActivationLostException() : base("A grain of the run lost its activation.")
    {
    }

    public ActivationLostException(string message) : base(message)
    {
    }

    public ActivationLostException(string message, Exception inner) : base(message, inner)
    {
    }
}

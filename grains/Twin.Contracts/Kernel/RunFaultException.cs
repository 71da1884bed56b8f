namespace Twin.Contracts.Kernel;

/// <summary>
/// The run's own failure: its scenario or a model rejected what it was asked (an entity stepping
/// into an impossible state, a message to an entity that does not exist). Resuming would only
/// repeat it, so the run fails; any other failure is the cluster's and the run resumes instead.
/// </summary>
[GenerateSerializer]
public sealed class RunFaultException : Exception
{
    public RunFaultException() : base("The run failed.")
    {
    }

    public RunFaultException(string message) : base(message)
    {
    }

    public RunFaultException(string message, Exception inner) : base(message, inner)
    {
    }
}

using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Twin.Contracts.Kernel;

/// <summary>
/// Failures that mean "a silo is gone" (its connection refused, its calls rejected or timed out)
/// rather than "the model is wrong": work can go on once the cluster has noticed.
/// </summary>
public static class SiloLoss
{
    public static bool Explains(Exception e) => e switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or ConnectionFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(Explains),
        _ => e.InnerException is { } inner && Explains(inner),
    };
}

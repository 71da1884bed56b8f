using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Twin.Contracts.Kernel;

/// <summary>
/// Failures that mean "part of the cluster went away" (a silo's connection refused, its calls
/// rejected or timed out, an activation found new or stale, no silo able to take a grain while the
/// cluster changes) rather than "the model is wrong": work can go on once the cluster has noticed.
/// </summary>
public static class SiloLoss
{
    public static bool Explains(Exception e) => e switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or ConnectionFailedException
            or ActivationLostException or ClientNotAvailableException => true,
        // Placement finds no active silo while the cluster is changing (a silo stopping, none joined
        // yet): Orleans reports it only as a plain OrleansException with this text.
        OrleansException when e.Message.StartsWith("No active nodes are compatible", StringComparison.Ordinal) => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(Explains),
        _ => e.InnerException is { } inner && Explains(inner),
    };
}

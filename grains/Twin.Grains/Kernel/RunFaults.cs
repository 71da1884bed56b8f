using Twin.Contracts.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// Marks what the run's own scenario or models threw as a <see cref="RunFaultException"/>, the
/// one kind of failure that fails a run; everything else the kernel meets is the cluster's doing.
/// </summary>
internal static class RunFaults
{
    public static T Wrap<T>(Func<T> work, string? context = null)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not RunFaultException and not ActivationLostException)
        {
            throw new RunFaultException(context is null ? e.Message : $"{context}: {e.Message}");
        }
    }

    public static void Wrap(Action work, string? context = null) => Wrap(() =>
    {
        work();
        return 0;
    }, context);
}

using Microsoft.Extensions.Hosting;

namespace Twin.Client.Connection;

/// <summary>
/// A host lifetime that leaves Ctrl+C and SIGTERM to the program. The default console lifetime
/// would take them to stop the host on its own, while the program still needs it to cancel its
/// study, and would keep the process alive until the host had stopped.
/// </summary>
public sealed class NoSignalsLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

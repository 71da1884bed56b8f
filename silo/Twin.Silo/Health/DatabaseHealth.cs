using Twin.Storage.Configuration;
using Twin.Storage.Schema;

namespace Twin.Silo.Health;

/// <summary>
/// Whether the twin's database answers, looked at every two seconds in the background so that
/// `/health` and the API can say so at once, without a request waiting on a database that is away.
/// </summary>
public sealed class DatabaseHealth(StorageSettings storage, ILogger<DatabaseHealth> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private volatile string? _problem;
    private DateTime? _downSince;

    /// <summary>Null while the database answers; otherwise why it does not.</summary>
    public string? Problem => _problem;

    /// <summary>Since when the database has not answered (UTC), or null.</summary>
    public DateTime? DownSince => _downSince;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var problem = await ProbeAsync(stopping);
            if (problem is not null && _problem is null)
            {
                _downSince = DateTime.UtcNow;
                logger.LogWarning("The {Database} does not answer: {Problem}", storage.Database.Describe(), problem);
            }
            else if (problem is null && _problem is not null)
            {
                logger.LogWarning("The {Database} answers again after {Seconds:F1} s", storage.Database.Describe(), (DateTime.UtcNow - _downSince!.Value).TotalSeconds);
                _downSince = null;
            }
            _problem = problem;
            try { await Task.Delay(Every, stopping); } catch (OperationCanceledException) { }
        }
    }

    private async Task<string?> ProbeAsync(CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(Every);
        try
        {
            await using var connection = await DatabaseConnections.OpenAsync(storage.Database, timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "select 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return $"no answer within {Every.TotalSeconds:F0} s";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return e.Message;
        }
    }
}

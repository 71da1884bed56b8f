using System.Diagnostics;
using Npgsql;
using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// What a fault trial does to PostgreSQL: stops and starts the server (when the tests run as root,
/// as CI does), and holds the rows of the run records so that a run's checkpoint waits inside its last
/// write: its partitions have written the new day, its own record not yet.
/// </summary>
public sealed class DatabaseFaults(PostgresScratch database)
{
    /// <summary>Stopping and starting the server needs root and Debian's pg_ctlcluster.</summary>
    public static bool CanStopTheServer => Environment.UserName == "root" && File.Exists("/usr/bin/pg_ctlcluster");

    /// <summary>Stops the PostgreSQL cluster serving the test database (found by its port).</summary>
    public static Task StopAsync() => ControlAsync("stop");

    /// <summary>Starts the server again; the pooled connections of this process died with it and are dropped.</summary>
    public static async Task StartAsync()
    {
        await ControlAsync("start");
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task ControlAsync(string action)
    {
        var port = new NpgsqlConnectionStringBuilder(PostgresScratch.ServerConnectionString).Port;
        var listing = await RunAsync("pg_lsclusters", "--no-header");
        var cluster = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(f => f.Length > 2 && f[2] == port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"No PostgreSQL cluster listens on port {port}:\n{listing}");
        await RunAsync("pg_ctlcluster", cluster[0], cluster[1], action);
    }

    /// <summary>Holds every run record's row until disposed: writes of those records wait.</summary>
    public async Task<IAsyncDisposable> HoldRunRecordsAsync()
    {
        var connection = new NpgsqlConnection(database.Target.ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("select 1 from twin_grain_state where grain_type = 'run' for update", connection, transaction))
            await command.ExecuteNonQueryAsync();
        return new Hold(connection, transaction);
    }

    /// <summary>
    /// Waits until a silo's write of the grain state waits on a held row, and returns the local
    /// port of that silo's connection (to tell which silo it is); null if none did in time.
    /// </summary>
    public async Task<int?> WaitForBlockedWriterAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using (var connection = new NpgsqlConnection(database.Target.ConnectionString + ";Pooling=false"))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("""
                    select client_port from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%twin_grain_state%' and datname = current_database()
                    """, connection);
                if (await command.ExecuteScalarAsync() is int port) return port;
            }
            await Task.Delay(50);
        }
        return null;
    }

    private sealed class Hold(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await connection.DisposeAsync();
        }
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}

using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Twin.Storage.Resilience;

/// <summary>
/// Failures that mean "the database is away for now" (down, restarting, failing over, refusing
/// connections, busy) rather than "this statement is wrong": worth waiting out and retrying.
/// </summary>
public static class TransientDatabaseErrors
{
    public static bool Explain(Exception? e) => e switch
    {
        null => false,
        PostgresException postgres => postgres.IsTransient || TransientState(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient || Explain(npgsql.InnerException),
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED: another writer
        DbException db => db.IsTransient,
        SocketException or IOException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Explain),
        _ => Explain(e.InnerException),
    };

    /// <summary>The database is away now, or was for longer than a call would wait (for answering 503 rather than 500).</summary>
    public static bool Outage(Exception? e) => e switch
    {
        null => false,
        DatabaseUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Outage),
        _ => Explain(e) || Outage(e.InnerException),
    };

    // Connection exceptions (08), insufficient resources (53), operator intervention such as a
    // shutdown or restart (57P), system errors (58), and serialization failures or deadlocks.
    private static bool TransientState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("58", StringComparison.Ordinal)
        || state is "40001" or "40P01";
}

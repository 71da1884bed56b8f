namespace Twin.Storage.Schema;

/// <summary>The database could not be reached or set up; the message says which and why.</summary>
public sealed class DatabaseSetupException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The set-up failure inside what a silo's start threw (Orleans wraps lifecycle failures), if any.</summary>
    public static DatabaseSetupException? FindIn(Exception? exception) => exception switch
    {
        null => null,
        DatabaseSetupException setup => setup,
        AggregateException aggregate => aggregate.InnerExceptions.Select(FindIn).FirstOrDefault(e => e is not null),
        _ => FindIn(exception.InnerException),
    };
}

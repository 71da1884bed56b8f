namespace Twin.Storage.Resilience;

/// <summary>The database stayed unreachable for longer than the outage window: the call gives up.</summary>
[GenerateSerializer]
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException() : base("The database is unreachable.")
    {
    }

    public DatabaseUnavailableException(string message) : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}

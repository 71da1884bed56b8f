namespace Twin.Storage.Schema;

/// <summary>The database could not be reached or set up; the message says which and why.</summary>
public sealed class DatabaseSetupException(string message, Exception? inner = null) : Exception(message, inner);

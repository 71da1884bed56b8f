namespace Twin.Storage.Schema;

/// <summary>The databases the twin can keep its state in.</summary>
public enum DatabaseProvider
{
    /// <summary>A file on the local disk: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: grain state and cluster membership of a real deployment.</summary>
    Postgres,
}

namespace Twin.Storage.Schema;

/// <summary>One step of a database's schema, applied once and recorded in twin_schema_version.</summary>
/// <param name="Version">Its place in the order; a database at version N has applied 1..N.</param>
/// <param name="Name">What it adds, as in its file name.</param>
/// <param name="Sql">The statements. Migrations only add: they never drop or rewrite data.</param>
public sealed record Migration(int Version, string Name, string Sql);

namespace Twin.Storage.Configuration;

/// <summary>How silos find each other.</summary>
public enum MembershipProvider
{
    /// <summary>One silo on this machine (Orleans' development clustering): the embedded default.</summary>
    Localhost,

    /// <summary>A membership table in PostgreSQL: any number of silos on any number of machines.</summary>
    Postgres,
}

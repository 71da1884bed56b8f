namespace Twin.Client.Connection;

/// <summary>The cluster and service ids silos and clients use unless configured otherwise.</summary>
public static class ClusterDefaults
{
    public const string ClusterId = "twin";

    public const string ServiceId = "sco-zone-twin";
}

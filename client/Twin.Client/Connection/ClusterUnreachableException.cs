namespace Twin.Client.Connection;

/// <summary>The cluster given could not be reached or named.</summary>
public sealed class ClusterUnreachableException(string message) : Exception(message);

namespace Twin.Storage.Tests.Grains;

[GenerateSerializer, Alias("twin.tests.probe-note"), Immutable]
public sealed record ProbeNote([property: Id(0)] string Text, [property: Id(1)] int Day);

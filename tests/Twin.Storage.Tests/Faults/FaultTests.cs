using System.Security.Cryptography;
using Twin.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// Runs survive the loss of any silo and a database outage: a randomized trial whose seed is
/// printed (TWIN_FAULT_SEED replays it). It runs alone, as it stops the database other tests use.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Studies_complete_with_the_embedded_results_through_random_silo_kills_and_a_database_outage()
    {
        await using var database = await PostgresScratch.CreateAsync();
        Skip.If(database is null, PostgresScratch.SkipReason);
        int seed = Environment.GetEnvironmentVariable("TWIN_FAULT_SEED") is { Length: > 0 } given
            ? int.Parse(given, System.Globalization.CultureInfo.InvariantCulture)
            : RandomNumberGenerator.GetInt32(1, 1_000_000);
        int days = Environment.GetEnvironmentVariable("TWIN_FAULT_DAYS") is { Length: > 0 } d ? int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : 400;
        output.WriteLine($"fault trial seed {seed} (replay: TWIN_FAULT_SEED={seed})");

        var report = await new FaultTrial(seed, database, output.WriteLine).RunAsync(days);

        output.WriteLine($"outcome: {report.Outcome} after {report.Seconds:F0} s");
        if (Environment.GetEnvironmentVariable("TWIN_FAULT_REPORT") is { Length: > 0 } file)
            await File.AppendAllTextAsync(file, report.ToTableRow() + "\n");
        Assert.True(report.Passed, $"seed {seed}: {report.Outcome}\n{string.Join("\n", report.Events)}");
        Assert.True(report.Events.Count(e => e.Kind.StartsWith("kill", StringComparison.Ordinal)) >= 5, "fewer than five silos were killed");
    }
}

/// <summary>Fault trials run on their own: no other test in this assembly runs while the database is away.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "faults";
}

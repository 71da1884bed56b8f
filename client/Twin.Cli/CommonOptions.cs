using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Twin.Cli;

/// <summary>Options several commands share, and whole-number options whose errors read like the rest of the twin's.</summary>
public static class CommonOptions
{
    public static Argument<string> ScenarioFile() => new("FILE") { Description = "A scenario file (JSON), such as scenarios/baseline.json." };

    /// <summary>Above this many days (ten years) a run takes long enough that `twin` asks for --yes first.</summary>
    public const int LongRunDays = 3650;

    public static Option<int?> Days()
    {
        var option = OptionalWhole("--days", $"Days to simulate (default: the scenario's 'days'); above {LongRunDays:N0} needs --yes.", 1, 36500);
        option.Validators.Add(result =>
        {
            int? days;
            try
            {
                days = result.GetValueOrDefault<int?>();
            }
            catch (InvalidOperationException)
            {
                return; // not a number in range: its own error says so
            }
            if (days > LongRunDays && !result.GetValue(Yes))
                result.AddError($"--days {days:N0} is more than ten years ({LongRunDays:N0} days): each replication takes minutes to hours. Add --yes to run it.");
        });
        return option;
    }

    /// <summary>`--yes`: go ahead with what `twin` would otherwise ask about (a run of more than ten years, a CSV export over 1 GB).</summary>
    public static readonly Option<bool> Yes = new("--yes") { Description = $"Go ahead with a run of more than {LongRunDays:N0} days, or an export to a CSV file over 1 GB.", Recursive = true };

    public static Option<long?> Seed()
    {
        var option = new Option<long?>("--seed") { Description = "Base seed (default: the scenario's 'seed')." };
        option.CustomParser = result => Parse(result, "--seed", 0, long.MaxValue);
        return option;
    }

    public static Option<int?> Replications() =>
        OptionalWhole("--replications", "Replications, each with its own random streams (default: the scenario's 'replications').", 1, 10000, "-r");

    /// <summary>Where the embedded silo keeps its state (studies, runs, results); on every command.</summary>
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Folder for the embedded silo's database (default: $TWIN_DATA, else ./.twin-data).",
        Recursive = true,
    };

    /// <summary>`-v`: the embedded silo's warnings too (Orleans' slow-call notices and the like); without it, only errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Also show the embedded silo's warnings (by default only its errors).",
        Recursive = true,
    };

    /// <summary>`--cert FILE`: the client certificate a cluster that requires TLS asks for; on every command.</summary>
    public static readonly Option<string?> Certificate = new("--cert")
    {
        Description = "Client certificate (PEM, or .pfx) for a cluster that requires TLS (default: $TWIN_TLS_CERT); needs --ca, and --key for PEM.",
        Recursive = true,
    };

    /// <summary>`--key FILE`: the PEM private key of --cert.</summary>
    public static readonly Option<string?> Key = new("--key") { Description = "The PEM private key of --cert (default: $TWIN_TLS_KEY).", Recursive = true };

    /// <summary>`--ca FILE`: the authority that signs the cluster's certificates.</summary>
    public static readonly Option<string?> Authority = new("--ca")
    {
        Description = "The certificate authority that signs the cluster's certificates (default: $TWIN_TLS_CA).",
        Recursive = true,
    };

    /// <summary>The certificates --cert, --key and --ca name; null without --cert (then $TWIN_TLS_CERT applies).</summary>
    public static Twin.Storage.Configuration.ClusterCertificates? Certificates(ParseResult parse)
    {
        var certificate = parse.GetValue(Certificate);
        if (certificate is null) return null;
        var authority = parse.GetValue(Authority) ?? Environment.GetEnvironmentVariable(Twin.Storage.Configuration.ClusterCertificates.AuthorityVariable)
            ?? throw new UsageException("--cert needs --ca: the certificate authority that signs the cluster's certificates.");
        try
        {
            return Twin.Storage.Configuration.ClusterCertificates.Load(certificate, parse.GetValue(Key), authority);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static Option<int?> CheckpointEvery() => OptionalWhole("--checkpoint-every",
        "Checkpoint runs every N days, so a run resumes after a crash (0: never; default: 30 on a cluster, 0 on the embedded silo, which ends with its process). Never changes results.",
        0, 36500);

    /// <summary>
    /// The checkpoint interval to ask for: as given, else 30 days on a cluster (where a silo can
    /// die under a running study) and none on the embedded silo (which dies with its process).
    /// </summary>
    public static int CheckpointDays(ParseResult parse, int? given) =>
        given ?? (Twin.Hosting.TwinConnections.Gateway(parse.GetValue(Commands.StudyRunner.Cluster)) is null
            ? 0 : Twin.Contracts.Kernel.RunRequest.DefaultCheckpointEveryDays);

    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    /// <summary>`--from DAY`: the first day of the window summaries cover (and daily series show).</summary>
    public static Option<int?> From() => OptionalWhole("--from",
        "First day of the window the summaries cover, and of --daily (default: 0, or a fork's first day after its fork point).", 0, 36500);

    /// <summary>`--to DAY`: the last day of that window.</summary>
    public static Option<int?> To() => OptionalWhole("--to", "Last day of the window the summaries cover, and of --daily (default: the last day).", 0, 36500);

    /// <summary>The window a command's --from/--to ask for, checked: --from may not come after --to.</summary>
    public static Twin.Client.Studies.ResultQuery Window(ParseResult parse, Option<int?> from, Option<int?> to)
    {
        int? first = parse.GetValue(from), last = parse.GetValue(to);
        if (first > last) throw new UsageException($"--from {first} is after --to {last}: the window would be empty.");
        return new Twin.Client.Studies.ResultQuery(FromDay: first, ToDay: last);
    }

    /// <summary>A whole-number option that may be left out.</summary>
    public static Option<int?> OptionalWhole(string name, string description, int min, int max, params string[] aliases)
    {
        var option = new Option<int?>(name, aliases) { Description = description };
        option.CustomParser = result => (int?)Parse(result, name, min, max);
        return option;
    }

    /// <summary>A whole-number option with a default.</summary>
    public static Option<int> Whole(string name, string description, int defaultValue, int min, int max)
    {
        // The help shows the default itself ("[default: 1000]"), so the description does not repeat it.
        var option = new Option<int>(name) { Description = description };
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result => (int)(Parse(result, name, min, max) ?? defaultValue);
        return option;
    }

    private static long? Parse(ArgumentResult result, string name, long min, long max)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} must be a whole number, got '{token}'.");
            return null;
        }
        if (value < min || value > max)
        {
            result.AddError(max == long.MaxValue ? $"{name} must be >= {min}, got {value}." : $"{name} must be between {min} and {max}, got {value}.");
            return null;
        }
        return value;
    }
}

using System.CommandLine;

namespace Twin.Cli;

/// <summary>Options several commands share, with their checks.</summary>
public static class CommonOptions
{
    public static Argument<string> ScenarioFile() => new("FILE") { Description = "A scenario file (JSON), such as scenarios/baseline.json." };

    public static Option<int?> Days() => AtLeast(new Option<int?>("--days") { Description = "Days to simulate (default: the scenario's 'days')." }, 1, 36500);

    public static Option<long?> Seed()
    {
        var option = new Option<long?>("--seed") { Description = "Base seed (default: the scenario's 'seed')." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is < 0) result.AddError("--seed must be >= 0.");
        });
        return option;
    }

    public static Option<int?> Replications() =>
        AtLeast(new Option<int?>("--replications", "-r") { Description = "Replications, each with its own random streams (default: the scenario's 'replications')." }, 1, 10000);

    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    public static Option<int?> AtLeast(Option<int?> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && (value < min || value > max))
                result.AddError($"{option.Name} must be between {min} and {max}, got {value}.");
        });
        return option;
    }

    public static Option<int> Between(Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < min || value > max)
                result.AddError($"{option.Name} must be between {min} and {max}, got {value}.");
        });
        return option;
    }
}

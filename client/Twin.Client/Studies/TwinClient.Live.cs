using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Client.Live;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Model.Scenarios;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>The live twin's clock and its latest <paramref name="recentDays"/> days of KPIs.</summary>
    public async Task<LiveView> GetLiveAsync(int recentDays = 1)
    {
        var (live, request, status, scenario) = await LiveAsync();
        var recent = await live.GetRecent(Math.Max(1, recentDays));
        // The clock moved on between the two calls when the twin runs fast: the view speaks of the days it holds.
        status = status with { DaysDone = recent.DaysDone };
        return new LiveView(status, scenario.Name, scenario.Start, scenario.Start.AddDays(Math.Max(0, recent.DaysDone - 1)), request.PaceDaysPerMinute, recent);
    }

    /// <summary>One KPI of one entity of the live twin, for days <paramref name="fromDay"/> to <paramref name="toDay"/>.</summary>
    public async Task<double[]> GetLiveSeriesAsync(string entity, string kpi, int fromDay, int toDay)
    {
        var (live, _, _, _) = await LiveAsync();
        return await live.GetSeries(entity, kpi, fromDay, toDay);
    }

    /// <summary>
    /// Branches a what-if off the live twin at its current tick: the live run's state becomes a
    /// fork point, and a comparison study runs the live projection and the what-if from it on
    /// the same random streams, as fast as the cluster allows. With several replications, each pair
    /// (projection, what-if) shares streams keyed by (fork, k), so the comparison has intervals.
    /// </summary>
    public async Task<StudyStatus> ForkAsync(ForkRequest fork, CancellationToken cancellation = default)
    {
        if (fork.Days < 1) throw new ObservationInvalidException([new ValidationProblem("days", $"must be >= 1, got {fork.Days}")], ForkInvalid);
        if (fork.Replications is < 1 or > ForkRequest.MaxReplications)
            throw new ObservationInvalidException([new ValidationProblem("replications", $"must be between 1 and {ForkRequest.MaxReplications}, got {fork.Replications}")], ForkInvalid);
        if (fork.Interventions.Count == 0) throw new ObservationInvalidException([new ValidationProblem("interventions", "a fork needs at least one intervention")], ForkInvalid);
        var (live, request, status, scenario) = await LiveAsync();
        // Check the levers before taking a fork point, so a bad request leaves nothing behind.
        WithInterventions(scenario, fork.Interventions, status.DaysDone - 1, request.Days);
        var point = await live.Fork("fork-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
        var whatIf = WithInterventions(scenario, fork.Interventions, point.Day, request.Days);
        int days = Math.Min(request.Days, point.Day + 1 + fork.Days);
        var projection = ScenarioDocument.From(scenario);
        var study = new StudyRequest(StudyKind.Comparison,
            [
                new StudyVariant("live projection", scenario.Name, projection.CanonicalJson, projection.Hash, new Dictionary<string, double>()),
                new StudyVariant("what-if", scenario.Name, whatIf.CanonicalJson, whatIf.Hash, new Dictionary<string, double>()),
            ],
            request.Seed, fork.Replications, days, CheckpointEveryDays: 0,
            Title: fork.Title.Length > 0 ? fork.Title : $"fork of the live twin at day {point.Day}", ForkPoint: point.ForkId, ForkDay: point.Day);
        return await StartStudyAsync(study, cancellation);
    }

    private const string ForkInvalid = "The fork is not valid";

    /// <summary>
    /// The live scenario plus the fork's levers, which must all act after the fork day and within
    /// the live run's horizon (<paramref name="runDays"/>, ten years by default, not the scenario's own `days`).
    /// </summary>
    private static ScenarioDocument WithInterventions(Scenario scenario, IReadOnlyList<JsonElement> interventions, int forkDay, int runDays)
    {
        var problems = new ValidationProblems();
        var node = ScenarioPatcher.ToNode(scenario);
        node["days"] = Math.Max(scenario.Days, runDays);
        var list = node["interventions"]?.AsArray() ?? [];
        node["interventions"] = list;
        int existing = list.Count;
        for (int i = 0; i < interventions.Count; i++)
        {
            if (interventions[i].ValueKind != JsonValueKind.Object)
            {
                problems.Add($"interventions[{i}]", "expected an intervention object");
                continue;
            }
            var item = JsonNode.Parse(interventions[i].GetRawText())!.AsObject();
            item["day"] ??= forkDay + 1;
            if (item["day"] is JsonValue v && v.TryGetValue<int>(out var day) && day <= forkDay)
                problems.Add($"interventions[{i}].day", $"must be after the fork day {forkDay}, got {day}");
            list.Add(item);
        }
        if (!problems.Any)
        {
            var result = ScenarioLoader.Load(node.ToJsonString());
            foreach (var p in result.Problems)
                problems.Add(Renumber(p.Path, existing), p.Message);
            if (result.IsValid) return ScenarioDocument.From(result.Scenario!);
        }
        throw new ObservationInvalidException(problems.Items, ForkInvalid);
    }

    /// <summary>Problems of the added levers are named by their place in the fork request, not in the scenario.</summary>
    private static string Renumber(string path, int offset)
    {
        const string prefix = "interventions[";
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return path;
        int close = path.IndexOf(']');
        return int.TryParse(path[prefix.Length..close], out var index) && index >= offset
            ? $"{prefix}{index - offset}{path[close..]}"
            : path;
    }

    /// <summary>The live run, what it was started with and where it is; throws unless it is running.</summary>
    private async Task<(IRunGrain Live, RunRequest Request, RunStatus Status, Scenario Scenario)> LiveAsync()
    {
        var live = grains.GetGrain<IRunGrain>(liveRunId);
        var request = await live.GetRequest();
        var status = await live.GetStatus();
        if (request is null || status.State != RunState.Running)
            throw new LiveTwinNotRunningException("The live twin is not running here: it runs in a silo started with Twin:Live:Enabled (dotnet run --project silo/Twin.Silo); point the client at it with --cluster HOST:PORT.");
        var scenario = ScenarioLoader.Load(request.ScenarioJson).Scenario
            ?? throw new InvalidOperationException("The live run's scenario no longer validates.");
        return (live, request, status, scenario);
    }
}

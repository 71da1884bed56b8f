using System.Text.Json;
using Twin.Client.Live;
using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Client.Studies;

/// <summary>The live twin's observations: taken after plausibility checks, listed, retracted.</summary>
public sealed partial class TwinClient
{
    /// <summary>Validates observed events against the live scenario and hands them to the live run; all or nothing.</summary>
    public async Task<ObservationReceipt> ObserveAsync(IReadOnlyList<JsonElement> events)
    {
        var (live, request, status, scenario) = await LiveAsync();
        if (events.Count == 0) throw new ObservationInvalidException([new ValidationProblem("observations", "the batch is empty")]);
        var mapped = ObservationMapper.Map(events, scenario, request.Days, ObservationLimits, await RecentClosesAsync(live, scenario, status.DaysDone));
        if (!mapped.IsValid) throw new ObservationInvalidException(mapped.Problems);
        // Each event is kept under its own id, with its text, so it can be listed and retracted.
        return await grains.GetGrain<IObservedRun>(liveRunId).ObserveEvents(
            events.Select((e, i) => new ObservedEvent(e.GetRawText(), mapped.Events[i])).ToArray());
    }

    /// <summary>The observations the live twin holds, oldest first.</summary>
    public async Task<ObservationEventInfo[]> ListObservationsAsync()
    {
        await LiveAsync();
        return await grains.GetGrain<IObservedRun>(liveRunId).ListObservations();
    }

    /// <summary>
    /// Retracts an observation: the live twin goes back to its last restore point before the
    /// observation came and steps forward again without it. Unknown ids are <see cref="KeyNotFoundException"/>.
    /// </summary>
    public async Task<RetractionReceipt> RetractAsync(string observationId)
    {
        await LiveAsync();
        return await grains.GetGrain<IObservedRun>(liveRunId).Retract(observationId);
    }

    /// <summary>How far observations may stray from the live twin before they are refused.</summary>
    public ObservationLimits ObservationLimits { get; init; } = new();

    /// <summary>Each market's mean close over the live twin's latest days: what observed prices must stay near.</summary>
    private async Task<Dictionary<string, double>> RecentClosesAsync(IRunGrain live, Scenario scenario, int daysDone)
    {
        var closes = new Dictionary<string, double>();
        if (daysDone < 1) return closes;
        int from = Math.Max(0, daysDone - ObservationLimits.ReferenceDays);
        foreach (var market in scenario.Markets)
        {
            var recent = (await live.GetSeries(market.Id, "close", from, daysDone - 1)).Where(v => double.IsFinite(v) && v > 0).ToArray();
            if (recent.Length > 0) closes[market.Id] = recent.Average();
        }
        return closes;
    }
}

using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Client.Live;

/// <summary>Observations of the trading platform and of the institute.</summary>
internal static class ObservationMapperPlatform
{
    public static void Map(ObservationSpec spec, int day, Scenario scenario, string path, ValidationProblems problems, List<KpiObservation> observations)
    {
        switch (spec.Type)
        {
            case ObservationType.Trade:
            case ObservationType.Quote:
                problems.Add($"{path}.type", $"{Name(spec.Type)} observations need the trading platform's markets, and this scenario has none");
                break;
            case ObservationType.Enrolment:
                problems.Add($"{path}.type", "enrolment observations need the institute's programmes, and this scenario has none");
                break;
        }
    }

    private static string Name(ObservationType type) => type.ToString().ToLowerInvariant();
}

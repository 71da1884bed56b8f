namespace Twin.Model.Scenarios;

/// <summary>
/// The institute's sections agree with each other and with the towns and countries: programmes
/// need the institute, settlement names towns, outcome shares add up, and every programme that
/// takes applications has countries to draw them from.
/// </summary>
public sealed class InstituteRule : IScenarioRule
{
    public void Check(Scenario s, ValidationProblems problems)
    {
        if (s.Programmes.Count > 0 && s.Institute is null)
            problems.Add("programmes", "needs the \"institute\" section (it gathers its programmes' trainees and alumni)");
        if (s.Institute is { } institute) CheckInstitute(s, institute, problems);
        for (int i = 0; i < s.Programmes.Count; i++) CheckProgramme(s, s.Programmes[i], ValidationProblems.Index("programmes", i), problems);
    }

    private static void CheckInstitute(Scenario s, InstituteSpec institute, ValidationProblems problems)
    {
        var towns = s.Towns.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < institute.Settlement.Count; i++)
        {
            var town = institute.Settlement[i].Town;
            if (!towns.Contains(town))
                problems.Add($"institute.settlement[{i}].town", ValidationProblems.Missing("town", town, towns));
        }
        if (institute.FounderSectors.Total <= 0 && s.Programmes.Any(p => p.FoundFirmShare > 0))
            problems.Add("institute.founderSectors", "needs a weight above 0 for at least one sector, since programmes found firms");
    }

    private static void CheckProgramme(Scenario s, ProgrammeSpec p, string path, ValidationProblems problems)
    {
        if (p.MinClassSize > p.SeatsPerClass)
            problems.Add(ValidationProblems.Join(path, "minClassSize"), $"must be <= seatsPerClass ({p.SeatsPerClass}), got {p.MinClassSize}");
        if (p.StayShare + p.FoundFirmShare > 1)
            problems.Add(ValidationProblems.Join(path, "foundFirmShare"), $"stayShare + foundFirmShare must be <= 1, got {p.StayShare + p.FoundFirmShare:0.###}");
        if (p.Type == ProgrammeType.GoGlobal && p.StayShare + p.FoundFirmShare > 0)
            problems.Add(ValidationProblems.Join(path, p.StayShare > 0 ? "stayShare" : "foundFirmShare"),
                "must be 0 for a goGlobal tour: its participants are the zone's own firms (their outcome is exportBoost)");
        if (p.Type != ProgrammeType.GoGlobal && p.ExportBoost > 0)
            problems.Add(ValidationProblems.Join(path, "exportBoost"), "applies to goGlobal tours only (their participants are the zone's firms)");
        if (p.ApplicationsPerYear > 0 && !s.Countries.Any(c => c.TraineeWeight * p.GroupWeights[c.Group] > 0))
            problems.Add(ValidationProblems.Join(path, "groupWeights"),
                "no country has a traineeWeight above 0 in a group this programme draws from, so it would get no applications");
    }
}

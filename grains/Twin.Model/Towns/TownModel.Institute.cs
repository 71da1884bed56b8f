using Twin.Model.Institute;
using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// What the institute sends a town: the alumni effect on its export demand by country, alumni who
/// stay and join its labour force, firms they found, and firms back from "go global" tours that
/// export more. Founded firms and tour picks draw from streams of their own, so the town's other
/// draws stay aligned with a baseline's. docs/model.md, "SCO Economic and Trade Institute".
/// </summary>
public sealed partial class TownModel
{
    private FirmFactory _alumniFirms = null!;
    private StreamRandom _tours = null!;
    private int[] _tourCandidates = [];

    private void SetUpInstitute(EntitySetup setup)
    {
        _alumniFirms = new FirmFactory(setup.Stream("alumni-firms"));
        _tours = setup.Stream("tours");
    }

    /// <summary>Applies the institute's messages at the start of the day, before the firms produce.</summary>
    private void ReceiveFromInstitute(ReadOnlySpan<Message> inbox)
    {
        foreach (ref readonly var m in inbox)
        {
            switch (m.Kind)
            {
                case MessageKind.AlumniEffect:
                    var (country, multiplier) = AlumniEffectCodec.Read(m);
                    if (country >= 0 && country < _exportDemand.Length) SetExportDemandMultiplier(country, multiplier);
                    break;
                case MessageKind.AlumniSettled:
                    // Each one joins the labour force: the population grows by 1/labourForceShare (the town's household structure).
                    double share = _town.LabourForceShare;
                    _population += AlumniSettledCodec.ReadWorkers(m) / (share > 0 ? share : 1);
                    break;
                case MessageKind.AlumniFirmFounded:
                    AddEntrant(_alumniFirms, AlumniSettledCodec.ReadSector(m), LabourForce);
                    break;
                case MessageKind.GoGlobalTour:
                    var (firms, boost) = GoGlobalTourCodec.Read(m);
                    BoostExporters(firms, boost);
                    break;
            }
        }
    }

    /// <summary>Raises the export propensity of <paramref name="firms"/> firms drawn at random among those of exporting sectors.</summary>
    private void BoostExporters(int firms, double boost)
    {
        if (_tourCandidates.Length < _count) _tourCandidates = new int[_firms.Length];
        int candidates = 0;
        for (int i = 0; i < _count; i++)
            if (_rates[(int)_firms[i].Sector].ExportPropensity > 0) _tourCandidates[candidates++] = i;
        // A partial Fisher-Yates shuffle: the first `firms` candidates are a sample without replacement.
        for (int k = 0; k < Math.Min(firms, candidates); k++)
        {
            int pick = _tours.Next(k, candidates);
            (_tourCandidates[k], _tourCandidates[pick]) = (_tourCandidates[pick], _tourCandidates[k]);
            _firms[_tourCandidates[k]].ExportBoost += boost;
        }
    }

    private void WriteInstituteState(BinaryWriter writer)
    {
        writer.Write(_alumniFirms.Random.State);
        writer.Write(_tours.State);
    }

    private void ReadInstituteState(BinaryReader reader)
    {
        _alumniFirms.Random.Restore(reader.ReadStreamState());
        _tours.Restore(reader.ReadStreamState());
    }
}

using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

public sealed partial class ProgrammeModel
{
    private readonly record struct Outcomes(int Stayed, int Founded, int Toured);

    /// <summary>
    /// What becomes of the day's completers: each stays to work in a town with probability
    /// stayShare, founds a firm with probability foundFirmShare, and otherwise goes home. A go-global
    /// tour's completers are the zone's own firms, which come back exporting more.
    /// </summary>
    private Outcomes Settle(Outbox outbox)
    {
        int stayed = 0, founded = 0, toured = 0;
        double stay = _spec.StayShare, found = _spec.FoundFirmShare;
        for (int c = 0; c < _today.Length; c++)
        {
            ref var flow = ref _today[c];
            int n = flow.Completed;
            if (n == 0) continue;
            _alumni += n;
            if (_spec.Type == ProgrammeType.GoGlobal)
            {
                toured += n;
                continue;
            }
            int stays = stay > 0 ? Binomial.Sample(_outcomes, stay, n) : 0;
            int founds = found > 0 && n > stays && stay < 1 ? Binomial.Sample(_outcomes, Math.Min(1, found / (1 - stay)), n - stays) : 0;
            flow.Stayed = stays;
            flow.FoundedFirms = founds;
            flow.ReturnedHome = n - stays - founds;
            stayed += stays;
            founded += founds;
        }
        SendSettlers(outbox, stayed, founded);
        SendTours(outbox, toured);
        return new Outcomes(stayed, founded, toured);
    }

    /// <summary>Splits those who stay between the settlement towns, and each town's founders between sectors.</summary>
    private void SendSettlers(Outbox outbox, int stayed, int founded)
    {
        if (stayed + founded == 0 || _settlement.Count == 0) return;
        Span<int> people = stackalloc int[_settlement.Count];
        Span<int> firms = stackalloc int[_settlement.Count];
        Span<int> sectors = stackalloc int[4];
        _settlement.Split(_placement, stayed, people);
        _settlement.Split(_placement, founded, firms);
        for (int t = 0; t < _settlement.Count; t++)
        {
            if (people[t] + firms[t] == 0) continue;
            int town = _settlement.Town(t);
            // Founders join the labour force too; their message comes first, so they are there when their firm hires.
            AlumniSettledCodec.SendWorkers(outbox, town, people[t] + firms[t]);
            WeightedSplit.Multinomial(_placement, firms[t], _founderSectors, sectors);
            foreach (var sector in Sectors.All)
                for (int k = 0; k < sectors[(int)sector]; k++) AlumniSettledCodec.SendFirm(outbox, town, sector);
        }
    }

    /// <summary>Splits the firms back from a go-global tour between the towns by their exporting firms.</summary>
    private void SendTours(Outbox outbox, int firms)
    {
        if (firms == 0 || _tourTowns.Count == 0) return;
        Span<int> split = stackalloc int[_tourTowns.Count];
        _tourTowns.Split(_placement, firms, split);
        for (int t = 0; t < split.Length; t++)
            if (split[t] > 0) GoGlobalTourCodec.Send(outbox, _tourTowns.Town(t), split[t], _spec.ExportBoost);
    }
}

using Twin.Model.Commerce;
using Twin.Model.Expo;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// The town and the zone's shops and sales channels. The e-commerce base's live streaming, through
/// which the town's e-commerce firms sell part of their goods, moves that sector's demand (1: no
/// base, or the channel at its calibrated rate; docs/model.md, "Silk Road e-commerce base → towns").
/// The town's residents are the expo centre's local customers: it tells the centre how many there
/// are at the end of each day.
/// </summary>
public sealed partial class TownModel
{
    private readonly double[] _channelDemand = [1, 1, 1, 1];
    private int[] _expos = [];

    private void BindChannels() => _expos = _directory.IndexesOfKind(ExpoKind.Name);

    private void ReportResidents(Outbox outbox)
    {
        foreach (int expo in _expos) ResidentsCodec.Send(outbox, expo, Math.Round(_population));
    }

    private void ReceiveChannelDemand(ReadOnlySpan<Message> inbox)
    {
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind != MessageKind.LiveStreamingDemand) continue;
            double factor = LiveStreamingDemandCodec.Read(m);
            if (double.IsFinite(factor) && factor >= 0) _channelDemand[(int)Sector.Ecommerce] = factor;
        }
    }
}

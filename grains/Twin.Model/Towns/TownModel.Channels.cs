using Twin.Model.Commerce;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// Sales channels outside the town that move a sector's demand: the e-commerce base's live
/// streaming, through which the town's e-commerce firms sell part of their goods. The factor
/// multiplies the sector's demand; 1 (no base, or the channel at its calibrated rate) leaves it
/// as calibrated. docs/model.md, "Silk Road e-commerce base → towns".
/// </summary>
public sealed partial class TownModel
{
    private readonly double[] _channelDemand = [1, 1, 1, 1];

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

using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>The wire form of a model <see cref="Message"/> (the model project knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable]
public readonly struct MessageSurrogate
{
    [Id(0)] public int From { get; init; }
    [Id(1)] public int To { get; init; }
    [Id(2)] public int Seq { get; init; }
    [Id(3)] public int Kind { get; init; }
    [Id(4)] public int I0 { get; init; }
    [Id(5)] public int I1 { get; init; }
    [Id(6)] public int I2 { get; init; }
    [Id(7)] public int I3 { get; init; }
    [Id(8)] public double D0 { get; init; }
    [Id(9)] public double D1 { get; init; }
    [Id(10)] public double D2 { get; init; }
    [Id(11)] public double D3 { get; init; }
}

[RegisterConverter]
public sealed class MessageConverter : IConverter<Message, MessageSurrogate>
{
    public Message ConvertFromSurrogate(in MessageSurrogate s) =>
        new(s.From, s.To, s.Seq, (MessageKind)s.Kind, s.I0, s.I1, s.I2, s.I3, s.D0, s.D1, s.D2, s.D3);

    public MessageSurrogate ConvertToSurrogate(in Message m) => new()
    {
        From = m.From, To = m.To, Seq = m.Seq, Kind = (int)m.Kind,
        I0 = m.I0, I1 = m.I1, I2 = m.I2, I3 = m.I3,
        D0 = m.D0, D1 = m.D1, D2 = m.D2, D3 = m.D3,
    };
}

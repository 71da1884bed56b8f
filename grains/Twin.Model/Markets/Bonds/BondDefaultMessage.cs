using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds;

/// <summary>A bond's issuer defaulted (bond to the clearing house, which pays the holders the recovery later). Slots: I0 day; D0 recovery per unit of face.</summary>
public readonly record struct BondDefaultMessage(int Day, double RecoveryRate)
{
    public void Send(Outbox outbox, int clearing) => outbox.Send(clearing, MessageKind.BondDefault, i0: Day, d0: RecoveryRate);

    public static BondDefaultMessage From(in Message m) => new(m.I0, m.D0);
}

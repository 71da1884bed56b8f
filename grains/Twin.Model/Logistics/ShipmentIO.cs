using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>Writes and reads shipments in checkpoints.</summary>
public static class ShipmentIO
{
    public static void WriteAll(BinaryWriter writer, IReadOnlyList<Shipment> shipments)
    {
        writer.Write(shipments.Count);
        foreach (var s in shipments)
        {
            writer.Write(s.Origin);
            writer.Write(s.Destination);
            writer.Write(s.Route);
            writer.Write(s.Country);
            writer.Write((byte)s.Goods);
            writer.Write(s.Import);
            writer.Write(s.CreatedDay);
            writer.Write(s.Teu);
            writer.Write(s.Tonnes);
            writer.Write(s.Value);
            writer.Write(s.ReadyDay);
            writer.Write(s.Seq);
        }
    }

    public static List<Shipment> ReadAll(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var list = new List<Shipment>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add(new Shipment
            {
                Origin = reader.ReadInt32(),
                Destination = reader.ReadInt32(),
                Route = reader.ReadInt32(),
                Country = reader.ReadInt32(),
                Goods = (GoodsClass)reader.ReadByte(),
                Import = reader.ReadBoolean(),
                CreatedDay = reader.ReadInt32(),
                Teu = reader.ReadDouble(),
                Tonnes = reader.ReadDouble(),
                Value = reader.ReadDouble(),
                ReadyDay = reader.ReadInt32(),
                Seq = reader.ReadInt64(),
            });
        }
        return list;
    }
}

namespace Twin.Model.Markets.Book;

/// <summary>All orders resting at one price on one side: a FIFO queue of node slots and their total.</summary>
internal struct PriceLevel
{
    public long Key;
    public long Quantity;
    public int Head;
    public int Tail;
    public int Orders;
}

namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// The zip CRC-32 (reflected polynomial 0xEDB88320), computed incrementally while an entry is extracted so content
/// that differs from what the archive recorded (a lying size, damaged data) is caught.
/// </summary>
internal struct Crc32
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] Table = BuildTable();
    private uint _state;

    public Crc32() => _state = uint.MaxValue;

    public readonly uint Value => ~_state;

    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = _state;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        _state = crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}

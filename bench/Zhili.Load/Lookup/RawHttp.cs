using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhili.Load.Lookup;

/// <summary>
/// One keep-alive HTTP/1.1 connection over a plain socket: writes a request, reads one response (Content-Length or
/// chunked). Much cheaper per request than HttpClient, so that the generator leaves the shared cores to the server.
/// </summary>
public sealed class RawHttp(IPEndPoint server) : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private readonly byte[] buffer = new byte[4 << 20];
    private Socket? socket;
    private int start;
    private int end;

    public async ValueTask<int> SendAsync(ReadOnlyMemory<byte> request, CancellationToken ct)
    {
        if (socket is null)
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(server, ct);
            start = end = 0;
        }

        if (start == end)
        {
            start = end = 0;
        }

        await socket.SendAsync(request, SocketFlags.None, ct);
        var headerEnd = await FindAsync(HeaderEnd, start, ct);
        var status = (buffer[start + 9] - '0') * 100 + (buffer[start + 10] - '0') * 10 + (buffer[start + 11] - '0');
        var (chunked, length, close) = Headers(buffer.AsSpan(start, headerEnd - start));
        var bodyStart = headerEnd + 4;
        start = chunked ? await SkipChunksAsync(bodyStart, ct) : bodyStart + length - await FillAsync(bodyStart + length, ct);
        if (close)
        {
            Dispose();
        }

        return status;
    }

    private static (bool Chunked, int Length, bool Close) Headers(ReadOnlySpan<byte> headers)
    {
        var at = headers.IndexOf("Content-Length: "u8);
        var length = at >= 0 && Utf8Parser.TryParse(headers[(at + 16)..], out int n, out _) ? n : 0;
        return (headers.IndexOf("chunked"u8) >= 0, length, headers.IndexOf("Connection: close"u8) >= 0);
    }

    private async ValueTask<int> SkipChunksAsync(int at, CancellationToken ct)
    {
        while (true)
        {
            var lineEnd = await FindAsync(LineEnd, at, ct);
            var size = int.Parse(Encoding.ASCII.GetString(buffer, at, lineEnd - at), System.Globalization.NumberStyles.HexNumber,
                System.Globalization.CultureInfo.InvariantCulture);
            at = lineEnd + 2 + size + 2;
            at -= await FillAsync(at, ct);
            if (size == 0)
            {
                return at;
            }
        }
    }

    /// <summary>The index of <paramref name="marker"/> at or after <paramref name="from"/>, reading as needed.</summary>
    private async ValueTask<int> FindAsync(byte[] marker, int from, CancellationToken ct)
    {
        while (true)
        {
            var found = buffer.AsSpan(from, end - from).IndexOf(marker);
            if (found >= 0)
            {
                return from + found;
            }

            from = Math.Max(from, end - marker.Length);
            from -= await ReadMoreAsync(ct);
        }
    }

    /// <summary>Reads until <paramref name="until"/> is buffered; returns how far the buffer was shifted meanwhile.</summary>
    private async ValueTask<int> FillAsync(int until, CancellationToken ct)
    {
        var shifted = 0;
        while (end < until)
        {
            var shift = await ReadMoreAsync(ct);
            until -= shift;
            shifted += shift;
        }

        return shifted;
    }

    /// <summary>Reads more bytes; returns how far the buffer was shifted left to make room.</summary>
    private async ValueTask<int> ReadMoreAsync(CancellationToken ct)
    {
        var shift = 0;
        if (end == buffer.Length)
        {
            shift = start;
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        var read = await socket!.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, ct);
        if (read == 0)
        {
            throw new IOException("the server closed the connection");
        }

        end += read;
        return shift;
    }

    public void Dispose()
    {
        socket?.Dispose();
        socket = null;
    }
}

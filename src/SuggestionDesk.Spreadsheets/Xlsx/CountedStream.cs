using SuggestionDesk.Localization;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// A read-only stream over a workbook part that stops with <see cref="InvalidDataException"/> once more than a given
/// number of bytes has come out of it, so a part that unzips to gigabytes is refused after the limit, not after memory
/// runs out. Also the place a long read notices cancellation.
/// </summary>
internal sealed class CountedStream(Stream inner, long limit, string part, CancellationToken cancellationToken) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int bytes)
    {
        cancellationToken.ThrowIfCancellationRequested();
        read += bytes;
        if (read > limit)
        {
            throw new InvalidDataException(
                MessageText.Format(Localization.Messages.SheetPartTooLarge, part, limit / 1024 / 1024));
        }

        return bytes;
    }
}

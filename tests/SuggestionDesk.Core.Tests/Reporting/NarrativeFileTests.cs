using System.Text;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>The narrative file is read with its bytes counted, whatever the file says its length is.</summary>
public sealed class NarrativeFileTests
{
    private const string Sections = "# 主要做法\n\n制定印发通知。\n\n# 存在的问题及下一步改进措施\n\n宣传力度有待提升。\n";

    [Fact]
    public void ANarrativeOfExactlyTheLimitIsRead()
    {
        var bytes = Encoding.UTF8.GetBytes(Sections);
        var padded = bytes.Concat(Enumerable.Repeat((byte)' ', NarrativeFile.MaxBytes - bytes.Length)).ToArray();

        var narrative = NarrativeFile.Read(new MemoryStream(padded), "narrative.md");

        Assert.Equal("制定印发通知。", Assert.Single(narrative.Practices).Text);
    }

    [Fact]
    public void OneByteOverTheLimitIsRefusedNamingTheFileAndTheLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(Sections).Concat(Enumerable.Repeat((byte)' ', NarrativeFile.MaxBytes)).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => NarrativeFile.Read(new MemoryStream(bytes), "./叙述.md"));

        Assert.Contains("'./叙述.md'", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 MB (1,048,576 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndlessStreamThatHidesItsLengthIsRefusedAfterTheLimit()
    {
        var endless = new EndlessStream();

        Assert.Throws<InvalidDataException>(() => NarrativeFile.Read(endless, "/dev/zero"));
        Assert.InRange(endless.Served, NarrativeFile.MaxBytes + 1, NarrativeFile.MaxBytes + (128 * 1024));
    }

    [Fact]
    public void AByteOrderMarkNamesTheEncodingAsForAnyTextFile()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sections)).ToArray();

        Assert.Equal("宣传力度有待提升。", Assert.Single(NarrativeFile.Read(new MemoryStream(utf16), "n.md").Problems).Text);
    }

    // Like a pipe or a character device: no length, no seeking, and zeros for ever.
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

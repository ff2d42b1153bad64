using Azure.Data.Tables;

namespace SuggestionDesk.Storage.Tests;

public sealed class LongTextTests
{
    [Fact]
    public void ASurrogatePairAtAChunkBoundaryIsNeverCut()
    {
        var text = new string('a', LongText.ChunkLength - 1) + "😀" + new string('b', 10);
        Assert.True(char.IsHighSurrogate(text[LongText.ChunkLength - 1]));
        var entity = new TableEntity("p", "r");

        LongText.Write(entity, "Doc", text);

        Assert.Equal(text, LongText.Read(entity, "Doc"));
        Assert.Equal(LongText.ChunkLength - 1, entity.GetString("Doc0")!.Length);
        Assert.False(char.IsHighSurrogate(entity.GetString("Doc0")![^1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("短")]
    public void ShortTextIsOneChunk(string text)
    {
        var entity = new TableEntity("p", "r");

        LongText.Write(entity, "Note", text);

        Assert.Equal(1, entity.GetInt32("NoteChunks"));
        Assert.Equal(text, LongText.Read(entity, "Note"));
    }

    [Fact]
    public void EmojiAndChineseAreStoredAsThemselvesInJson()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { Text = "答复😀\"引号\"\n" }, StorageJson.Options);

        Assert.Equal("{\"Text\":\"答复😀\\\"引号\\\"\\n\"}", json);
    }

    [Fact]
    public void WireSizeCountsChineseAsSixBytesAndSplitsWithinABudget()
    {
        var text = "ab" + new string('中', 10) + "😀" + "c";

        var pieces = WireSize.Split(text, 20);

        Assert.Equal(2 + 2 + 60 + 12 + 1, WireSize.Of(text));
        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.True(WireSize.Of(p) - 2 <= 20, $"piece '{p}' is over budget"));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1]) || char.IsLowSurrogate(p[0])));
    }
}

namespace SuggestionDesk.Graph.Tests;

internal static class Senders
{
    public const string Mailbox = "duban@example.gov.cn";

    public static GraphMailSender For(GraphRecorder recorder, RecordingCredential? credential = null, GraphCloud? cloud = null, TimeSpan? timeout = null, MailboxGate? gate = null) =>
        GraphMailSender.Create(
            new GraphMailOptions
            {
                SenderMailbox = Mailbox,
                Endpoint = recorder.Root,
                Cloud = cloud ?? GraphCloud.Global,
                Timeout = timeout ?? TimeSpan.FromSeconds(30),
                SentItemsDelay = TimeSpan.FromMilliseconds(50),
            },
            credential ?? new RecordingCredential(),
            gate ?? new MailboxGate(4, 30));

    public static RenderedMessage Message(string to, string subject = "【催办】1 件建议今日到期") =>
        new(to, subject, "<table><tr><td>&lt;script&gt;alert(1)&lt;/script&gt; 关于推进智慧城市建设的建议</td></tr></table>", "关于推进智慧城市建设的建议");
}

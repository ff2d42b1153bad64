namespace SuggestionDesk.Storage;

/// <summary>The storage service a failure came from, named in its message.</summary>
internal enum StoreService
{
    /// <summary>The table service (items, policies, runs).</summary>
    Table,

    /// <summary>The blob container of archived reports.</summary>
    ReportArchive,

    /// <summary>The blob container of reply documents.</summary>
    ReplyDocuments,
}

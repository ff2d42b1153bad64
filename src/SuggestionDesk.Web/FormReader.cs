using System.Globalization;
using Microsoft.AspNetCore.Http;
using SuggestionDesk.Actions;
using SuggestionDesk.Items;
using SuggestionDesk.Web.Pages;

namespace SuggestionDesk.Web;

/// <summary>Reads a link's posted form into an <see cref="ActionForm"/>, or says which field could not be read.</summary>
internal static class FormReader
{
    public const string Version = "version", Date = "date", NewDueDate = "newDueDate", Method = "method", Phase = "phase",
        ResultClass = "resultClass", Text = "text", Document = "document";

    public static async Task<(ActionForm? Form, string? Error)> ReadAsync(IFormCollection values, PageText text, CancellationToken cancellationToken)
    {
        if (!TryDate(values[Date], out var date) || !TryDate(values[NewDueDate], out var newDueDate))
        {
            return (null, text.T("日期格式不对，请按 年-月-日 填写（如 2026-11-27）。", "A date could not be read; give it as year-month-day, e.g. 2026-11-27."));
        }

        ContactMethod? method = null;
        if (values[Method].ToString() is { Length: > 0 } methodText)
        {
            if (!Enum.TryParse<ContactMethod>(methodText, out var read) || !Enum.IsDefined(read))
            {
                return (null, text.T("请选择沟通方式。", "Choose how you were in touch."));
            }

            method = read;
        }

        ContactPhase? phase = null;
        if (values[Phase].ToString() is { Length: > 0 } phaseText)
        {
            if (!Enum.TryParse<ContactPhase>(phaseText, out var read) || !Enum.IsDefined(read))
            {
                return (null, text.T("请选择沟通阶段。", "Choose the phase."));
            }

            phase = read;
        }

        ActionDocument? document = null;
        if (values.Files.GetFile(Document) is { Length: > 0 } file)
        {
            if (file.Length > ActionDocument.MaxBytes)
            {
                return (null, text.T($"答复函超过 {ActionDocument.MaxBytes / 1024 / 1024} MB，请压缩后再提交。", $"The document is larger than {ActionDocument.MaxBytes / 1024 / 1024} MB; send a smaller PDF."));
            }

            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
            document = new ActionDocument(Path.GetFileName(file.FileName), content.ToArray());
        }

        return (new ActionForm
        {
            Date = date,
            NewDueDate = newDueDate,
            Method = method,
            Phase = phase,
            ResultClass = Optional(values[ResultClass]),
            Text = Optional(values[Text]),
            Document = document,
        }, null);
    }

    private static bool TryDate(Microsoft.Extensions.Primitives.StringValues value, out DateOnly? date)
    {
        date = null;
        if (value.ToString() is not { Length: > 0 } given)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(given.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) =>
        value.ToString() is { Length: > 0 } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : null;
}

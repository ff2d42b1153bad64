namespace SuggestionDesk.Reminders;

/// <summary>In which capacity a person receives a section of a message.</summary>
public enum RecipientRole
{
    /// <summary>The handling officer (承办人): their own items.</summary>
    Owner,

    /// <summary>A department head: the department's overdue items, and its weekly digest.</summary>
    DepartmentHead,

    /// <summary>The supervising office: items overdue by 5 working days or more, and the whole weekly digest.</summary>
    Office,
}

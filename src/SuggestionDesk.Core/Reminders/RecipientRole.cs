namespace SuggestionDesk.Reminders;

/// <summary>In which capacity a person receives a section of a message.</summary>
public enum RecipientRole
{
    /// <summary>The handling officer (承办人): their own items.</summary>
    Owner,

    /// <summary>
    /// The department head, else the supervising office, standing in for an officer with no e-mail address
    /// (承办人未登记邮箱): that officer's reminders, to pass on.
    /// </summary>
    InsteadOfOwner,

    /// <summary>A department head: the department's overdue items, and its weekly digest.</summary>
    DepartmentHead,

    /// <summary>The supervising office: items overdue by 5 working days or more, and the whole weekly digest.</summary>
    Office,
}

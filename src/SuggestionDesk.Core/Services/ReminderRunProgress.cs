namespace SuggestionDesk.Services;

/// <summary>How far a reminder run's sending is.</summary>
/// <param name="Done">Messages handled so far, this one included.</param>
/// <param name="Total">Messages planned.</param>
/// <param name="Delivery">The message just handled.</param>
public sealed record ReminderRunProgress(int Done, int Total, ReminderDelivery Delivery);

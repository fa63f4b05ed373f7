namespace DroneInspect.Cases.Notices.Templates;

/// <summary>A notice template that cannot be used: unknown or unfilled placeholder, broken braces, missing or unknown key.</summary>
public sealed class NoticeTemplateException(string message) : Exception(message);

namespace BriefingGen.Loading;

/// <summary>
/// A content file decoded as UTF-8 with line endings normalised to LF. Path is how diagnostics
/// name it (the content folder as given, then the content-relative path with '/').
/// </summary>
public sealed record ContentFile(string Path, string Text);

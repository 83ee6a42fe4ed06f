namespace BriefingGen.Diagnostics;

/// <summary>
/// A place in a content file: path relative to the content folder, 1-based line and column. Line
/// 0 stands for a whole folder, for what is missing from it.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public static SourceLocation Folder(string folder) => new(folder, 0, 0);

    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}

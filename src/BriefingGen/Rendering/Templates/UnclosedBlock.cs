using Scriban.Parsing;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Where a template opens the block that Scriban finds without its <c>end</c>: Scriban reports that
/// at the end of the file, which names no line a theme author can go to. Blocks are matched the
/// way Scriban's parser nests them, so this is the block its message names: the innermost one
/// still open when the file ends.
/// </summary>
public static class UnclosedBlock
{
    /// <summary>Statements that open a block closed by <c>end</c>.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "tablerow", "capture", "with", "wrap", "case", "func" };

    /// <summary>What the report lists as needing an end: the statements, and an anonymous function's <c>do</c>.</summary>
    public const string NeedEnd = "if, for, while, case, capture, with, wrap, tablerow, func and do";

    /// <returns>The keyword and its 1-based line and column, or null when every block is closed.</returns>
    public static (string Keyword, int Line, int Column)? Find(string text, string path)
    {
        var open = new Stack<(string, int, int)>();
        var statementStart = false;
        foreach (var token in new Lexer(text, path))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter or TokenType.SemiColon or TokenType.NewLine:
                    statementStart = true;
                    continue;
                // A statement may follow a comment in the same code block ("{{ ## why ## if x }}").
                case TokenType.Comment or TokenType.CommentMulti:
                    continue;
                case TokenType.Identifier:
                    var word = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                    // An anonymous function ("x = do ... end", "| do ... end") opens a block anywhere in a statement.
                    if (word == "do" || (statementStart && Openers.Contains(word))) open.Push((word, token.Start.Line + 1, token.Start.Column + 1));
                    else if (statementStart && word == "end" && open.Count > 0) open.Pop();
                    break;
            }
            statementStart = false;
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}

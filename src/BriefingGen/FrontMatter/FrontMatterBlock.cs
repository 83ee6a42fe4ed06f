using BriefingGen.Model;

namespace BriefingGen.FrontMatter;

/// <summary>A file split at its front matter: the YAML text, the 1-based line it starts on, and the body.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlFirstLine, DocumentBody Body);

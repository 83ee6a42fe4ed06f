using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>An id written in content, with where it was written, so a broken reference points at itself.</summary>
public sealed record Ref(string Id, SourceLocation Location);

/// <summary>The ids one front-matter key names ("actors: [...]"), with the kind each must be.</summary>
public sealed record NamedIds(IReadOnlyList<Ref> Ids, DocumentKind Kind, string Key);

using System.Text;
using BriefingGen.Graph;

namespace BriefingGen.Rendering.Citing;

/// <summary>The .bib and .ris file of every brief and source, linked from its "Cite this" block.</summary>
public static class CitationFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="unchanged">For an incremental build: true for a document whose files it kept from the last one;
    /// their paths come back without bytes when <paramref name="nameKept"/>, else not at all.</param>
    public static IEnumerable<(string Path, byte[]? Bytes)> Write(SiteGraph graph, Func<Model.Document, bool>? unchanged = null, bool nameKept = true)
    {
        var records = graph.Briefs.Select(b => (Document: (Model.Document)b, Record: (Func<CitationRecord>)(() => CitationRecord.Of(b, graph.Config))))
            .Concat(graph.Sources.Select(s => (Document: (Model.Document)s, Record: (Func<CitationRecord>)(() => CitationRecord.Of(s)))));
        foreach (var (document, record) in records)
        {
            if (unchanged?.Invoke(document) == true)
            {
                if (!nameKept) continue;
                yield return (CitationRecord.FilePath(document, "bib"), null);
                yield return (CitationRecord.FilePath(document, "ris"), null);
                continue;
            }
            var citation = record();
            yield return (CitationRecord.FilePath(document, "bib"), Utf8.GetBytes(BibTeX.Write(citation)));
            yield return (CitationRecord.FilePath(document, "ris"), Utf8.GetBytes(Ris.Write(citation)));
        }
    }
}

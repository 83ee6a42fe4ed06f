using System.Text;
using BriefingGen.Graph;

namespace BriefingGen.Rendering.Citing;

/// <summary>The .bib and .ris file of every brief and source, linked from its "Cite this" block.</summary>
public static class CitationFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<(string Path, byte[] Bytes)> Write(SiteGraph graph)
    {
        var records = graph.Briefs.Select(b => (Document: (Model.Document)b, Record: CitationRecord.Of(b, graph.Config)))
            .Concat(graph.Sources.Select(s => (Document: (Model.Document)s, Record: CitationRecord.Of(s))));
        foreach (var (document, record) in records)
        {
            yield return (CitationRecord.FilePath(document, "bib"), Utf8.GetBytes(BibTeX.Write(record)));
            yield return (CitationRecord.FilePath(document, "ris"), Utf8.GetBytes(Ris.Write(record)));
        }
    }
}

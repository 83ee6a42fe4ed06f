using System.Xml;
using System.Xml.Schema;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// The sitemaps.org 0.9 protocol as an XML schema, written from the protocol's description: a
/// urlset of url entries (loc, then optional lastmod, changefreq, priority) or a sitemapindex of
/// sitemap entries (loc, optional lastmod); loc an absolute-looking URI of at most 2,048 characters,
/// lastmod a W3C date or date-time.
/// </summary>
public static class SitemapSchema
{
    private const string Xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                   xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
          <xs:element name="urlset">
            <xs:complexType><xs:sequence><xs:element name="url" maxOccurs="50000">
              <xs:complexType><xs:sequence>
                <xs:element name="loc" type="tLoc"/>
                <xs:element name="lastmod" type="tLastmod" minOccurs="0"/>
                <xs:element name="changefreq" minOccurs="0">
                  <xs:simpleType><xs:restriction base="xs:string">
                    <xs:enumeration value="always"/><xs:enumeration value="hourly"/><xs:enumeration value="daily"/>
                    <xs:enumeration value="weekly"/><xs:enumeration value="monthly"/><xs:enumeration value="yearly"/><xs:enumeration value="never"/>
                  </xs:restriction></xs:simpleType>
                </xs:element>
                <xs:element name="priority" minOccurs="0">
                  <xs:simpleType><xs:restriction base="xs:decimal"><xs:minInclusive value="0"/><xs:maxInclusive value="1"/></xs:restriction></xs:simpleType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element></xs:sequence></xs:complexType>
          </xs:element>
          <xs:element name="sitemapindex">
            <xs:complexType><xs:sequence><xs:element name="sitemap" maxOccurs="50000">
              <xs:complexType><xs:sequence>
                <xs:element name="loc" type="tLoc"/>
                <xs:element name="lastmod" type="tLastmod" minOccurs="0"/>
              </xs:sequence></xs:complexType>
            </xs:element></xs:sequence></xs:complexType>
          </xs:element>
          <xs:simpleType name="tLoc">
            <xs:restriction base="xs:anyURI"><xs:minLength value="12"/><xs:maxLength value="2048"/><xs:pattern value="https?://.+"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="tLastmod"><xs:union memberTypes="xs:date xs:dateTime"/></xs:simpleType>
        </xs:schema>
        """;

    private static readonly XmlSchemaSet Schemas = Compile();

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet();
        set.Add(null, XmlReader.Create(new StringReader(Xsd)));
        set.Compile();
        return set;
    }

    /// <summary>Every schema error and warning (an element the schema does not know is only a warning) of the document.</summary>
    public static IReadOnlyList<string> Errors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
            while (reader.Read()) { }
        return errors;
    }
}

// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epubpackage.h"

#include <QXmlStreamReader>

namespace Lectern {

namespace {

bool isDublinCore(const QXmlStreamReader &xml)
{
    return xml.namespaceUri() == u"http://purl.org/dc/elements/1.1/" || xml.prefix() == u"dc";
}

// An attribute by local name, whatever its prefix ("opf:role" or "role").
QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name)
            return attribute.value().toString().trimmed();
    }
    return {};
}

class OpfReader
{
public:
    explicit OpfReader(const QByteArray &opf)
        : m_xml(opf)
    {
    }

    EpubPackage read(QString *error)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                startElement();
            else if (m_xml.isEndElement() && m_xml.name() == m_section)
                m_section.clear();
        }
        if (m_xml.hasError() && error)
            *error = QStringLiteral("%1 (line %2)").arg(m_xml.errorString()).arg(m_xml.lineNumber());
        finish();
        return std::move(m_package);
    }

private:
    void startElement()
    {
        const QStringView name = m_xml.name();
        if (m_section.isEmpty() && (name == u"metadata" || name == u"manifest" || name == u"spine")) {
            m_section = name.toString();
        } else if (m_section == u"metadata" && isDublinCore(m_xml)) {
            metadataElement(name.toString());
        } else if (m_section == u"manifest" && name == u"item") {
            const QString id = attribute(m_xml, u"id");
            if (!id.isEmpty() && !m_package.manifest.contains(id))
                m_package.manifest.insert(id, {attribute(m_xml, u"href"), attribute(m_xml, u"media-type")});
        } else if (m_section == u"spine" && name == u"itemref") {
            const QString idref = attribute(m_xml, u"idref");
            if (!idref.isEmpty())
                m_package.spine.append(idref);
        }
    }

    void metadataElement(const QString &name)
    {
        const QString role = attribute(m_xml, u"role");
        const QString event = attribute(m_xml, u"event");
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        if (text.isEmpty())
            return;
        if (name == u"title" && m_package.title.isEmpty())
            m_package.title = text;
        else if (name == u"creator")
            (role.isEmpty() || role == u"aut" ? m_authors : m_otherCreators).append(text);
        else if (name == u"language" && m_package.language.isEmpty())
            m_package.language = text;
        else if (name == u"date" && (m_package.date.isEmpty() || event == u"publication") && !m_publicationDate)
            setDate(text, event == u"publication");
        else if (name == u"publisher" && m_package.publisher.isEmpty())
            m_package.publisher = text;
        else if (name == u"description" && m_package.description.isEmpty())
            m_package.description = text;
        else if (name == u"subject" && !m_package.subjects.contains(text))
            m_package.subjects.append(text);
    }

    void setDate(const QString &date, bool publication)
    {
        m_package.date = date;
        m_publicationDate = publication;
    }

    void finish() { m_package.creators = m_authors.isEmpty() ? m_otherCreators : m_authors; }

    QXmlStreamReader m_xml;
    EpubPackage m_package;
    QString m_section;
    QStringList m_authors;
    QStringList m_otherCreators;
    bool m_publicationDate = false;
};

} // namespace

QString EpubPackage::rootFilePath(const QByteArray &containerXml)
{
    QXmlStreamReader xml(containerXml);
    QString first;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"rootfile")
            continue;
        const QString path = attribute(xml, u"full-path");
        if (path.isEmpty())
            continue;
        // A container may list other renditions; the OPF is the one to read.
        if (attribute(xml, u"media-type") == u"application/oebps-package+xml")
            return path;
        if (first.isEmpty())
            first = path;
    }
    return first;
}

EpubPackage EpubPackage::parse(const QByteArray &opf, QString *error)
{
    return OpfReader(opf).read(error);
}

} // namespace Lectern

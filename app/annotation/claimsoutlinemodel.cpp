// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsoutlinemodel.h"

#include "articleannotations.h"
#include "taxonomy.h"

#include <QColor>
#include <QSet>

namespace Lectern {

namespace {
// Group rows carry no parent; claim rows carry their group's row + 1.
constexpr quintptr groupMarker = 0;

QString stanceSymbol(Claim::Stance stance)
{
    // Shapes, not colours, tell the stances apart.
    switch (stance) {
    case Claim::Stance::Supports:
        return QStringLiteral("▲");
    case Claim::Stance::Opposes:
        return QStringLiteral("▼");
    case Claim::Stance::Neutral:
        break;
    }
    return QStringLiteral("●");
}
} // namespace

ClaimsOutlineModel::ClaimsOutlineModel(ArticleAnnotations *annotations, Taxonomy *taxonomy, QObject *parent)
    : QAbstractItemModel(parent)
    , m_annotations(annotations)
    , m_taxonomy(taxonomy)
{
    connect(m_annotations, &ArticleAnnotations::claimsChanged, this, &ClaimsOutlineModel::rebuild);
    connect(m_taxonomy, &Taxonomy::changed, this, &ClaimsOutlineModel::rebuild);
    rebuild();
}

void ClaimsOutlineModel::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    rebuild();
}

void ClaimsOutlineModel::setStanceFilter(std::optional<Claim::Stance> stance)
{
    m_stance = stance;
    rebuild();
}

void ClaimsOutlineModel::setTagFilter(qint64 tagId)
{
    m_tagFilter = tagId;
    rebuild();
}

bool ClaimsOutlineModel::accepts(const Claim &claim) const
{
    if (m_stance && claim.stance != *m_stance)
        return false;
    if (m_tagFilter && !claim.tagIds.contains(m_tagFilter))
        return false;
    if (m_filterText.isEmpty())
        return true;
    return claim.anchor.exact.contains(m_filterText, Qt::CaseInsensitive) || claim.note.contains(m_filterText, Qt::CaseInsensitive)
        || claim.speaker.contains(m_filterText, Qt::CaseInsensitive);
}

void ClaimsOutlineModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    QList<Group> byTag;
    for (const Tag &tag : m_taxonomy->tags())
        byTag.append(Group{tag.id, false, {}});
    Group untagged;
    Group orphans{0, true, {}};
    for (const Claim &claim : m_annotations->claims()) {
        if (!accepts(claim))
            continue;
        if (claim.isOrphan()) {
            orphans.claims << claim;
            continue;
        }
        bool placed = false;
        for (Group &group : byTag) {
            if (claim.tagIds.contains(group.tagId)) {
                group.claims << claim;
                placed = true;
            }
        }
        if (!placed)
            untagged.claims << claim;
    }
    for (const Group &group : std::as_const(byTag)) {
        if (!group.claims.isEmpty())
            m_groups << group;
    }
    if (!untagged.claims.isEmpty())
        m_groups << untagged;
    if (!orphans.claims.isEmpty())
        m_groups << orphans;
    endResetModel();
}

int ClaimsOutlineModel::visibleClaims() const
{
    QSet<qint64> ids;
    for (const Group &group : m_groups) {
        for (const Claim &claim : group.claims)
            ids.insert(claim.id);
    }
    return int(ids.size());
}

QModelIndex ClaimsOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClaimsOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupMarker);
}

int ClaimsOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupMarker && parent.column() == 0)
        return int(m_groups.at(parent.row()).claims.size());
    return 0;
}

int ClaimsOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ClaimsOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupMarker)
        return groupData(m_groups.at(index.row()), role);
    return claimData(m_groups.at(int(index.internalId() - 1)).claims.at(index.row()), role);
}

QVariant ClaimsOutlineModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (group.orphans)
            return tr("Needs review (%n)", nullptr, int(group.claims.size()));
        if (!group.tagId)
            return tr("Untagged (%n)", nullptr, int(group.claims.size()));
        return QStringLiteral("%1 (%2)").arg(m_taxonomy->path(group.tagId, QStringLiteral(" › "))).arg(group.claims.size());
    case Qt::DecorationRole:
        return group.tagId ? QVariant(m_taxonomy->color(group.tagId)) : QVariant();
    case Qt::ToolTipRole:
        if (group.orphans)
            return tr("These claims lost their place when the article changed. Select their new text and choose Re-attach, or remove them.");
        return group.tagId ? QVariant(m_taxonomy->tag(group.tagId).value_or(Tag()).description) : QVariant();
    case TagIdRole:
        return group.tagId;
    case IsGroupRole:
        return true;
    case IsOrphanRole:
        return group.orphans;
    default:
        return {};
    }
}

QVariant ClaimsOutlineModel::claimData(const Claim &claim, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        QString quote = claim.anchor.exact.simplified();
        if (quote.size() > 160)
            quote = quote.left(157) + QStringLiteral("…");
        QStringList details{stanceSymbol(claim.stance) + QLatin1Char(' ') + Claim::stanceName(claim.stance), Claim::kindName(claim.kind)};
        if (!claim.speaker.isEmpty())
            details << claim.speaker;
        if (!claim.note.isEmpty())
            details << tr("note: %1").arg(claim.note.simplified().left(60));
        return QStringLiteral("“%1”\n%2").arg(quote, details.join(QStringLiteral(" · ")));
    }
    case Qt::ToolTipRole:
        return claim.note.isEmpty() ? claim.anchor.exact : claim.anchor.exact + QStringLiteral("\n\n") + claim.note;
    case Qt::AccessibleTextRole:
        return tr("%1 claim, %2: %3").arg(Claim::kindName(claim.kind), Claim::stanceName(claim.stance), claim.anchor.exact);
    case ClaimIdRole:
        return claim.id;
    case IsGroupRole:
        return false;
    case IsOrphanRole:
        return claim.isOrphan();
    case StartRole:
        return claim.start();
    default:
        return {};
    }
}

QHash<int, QByteArray> ClaimsOutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ClaimIdRole, "claimId");
    names.insert(TagIdRole, "tagId");
    names.insert(IsGroupRole, "isGroup");
    names.insert(IsOrphanRole, "isOrphan");
    names.insert(StartRole, "start");
    return names;
}

} // namespace Lectern

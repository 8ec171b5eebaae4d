#include "models/drugsmodel.h"

#include "models/claimlistmodel.h"
#include "models/claimrow.h"
#include "models/roles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb::models {

namespace {

// Child indexes carry their group's row + 1 as internal id; drug rows carry 0.
constexpr quintptr kTopLevel = 0;

struct ColumnInfo
{
    const char *key;
    const char *header;
};

constexpr ColumnInfo kColumns[] = {
    {"drug", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "Drug")},
    {"first_fill", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "First fill")},
    {"last_fill", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "Last fill")},
    {"fills", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "Fills")},
    {"days_supply", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "Days' supply")},
    {"drug_cost", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "Total cost")},
    {"patient_paid", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "You paid")},
    {"pharmacy", QT_TRANSLATE_NOOP("bb::models::DrugsModel", "Pharmacy")},
};
static_assert(std::size(kColumns) == DrugsModel::ColumnCount);

} // namespace

DrugsModel::DrugsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DrugsModel::setSourceModel(ClaimListModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addRows(first, last); });
        // Replacements and removals are rare (a re-sync): regrouping is simpler and exact.
        connect(source, &QAbstractItemModel::dataChanged, this, &DrugsModel::rebuild);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &DrugsModel::rebuild);
        connect(source, &QAbstractItemModel::modelReset, this, &DrugsModel::rebuild);
        connect(source, &QAbstractItemModel::layoutChanged, this, &DrugsModel::rebuild);
    }
    rebuild();
}

void DrugsModel::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

std::optional<DrugsModel::Fill> DrugsModel::fillFor(int sourceRow) const
{
    const ClaimRow &row = m_source->claimRow(sourceRow);
    const fhir::Claim &c = row.claim;
    if (!c.fill || !m_filter.accepts(row))
        return std::nullopt;
    Fill f;
    f.sourceRow = sourceRow;
    f.date = row.start;
    f.drug = c.fill->drug;
    f.daysSupply = c.fill->daysSupply;
    f.cost = c.amounts.drugCost ? c.amounts.drugCost : c.amounts.billed;
    f.paid = c.amounts.patientPaid;
    f.pharmacy = c.fill->pharmacyName.isEmpty() ? c.fill->pharmacyId : c.fill->pharmacyName;
    return f;
}

QString DrugsModel::keyOf(const Fill &fill)
{
    // People know a drug by its name; one drug comes in several NDCs (packagers, sizes).
    return fill.drug.display.isEmpty() ? fill.drug.code : fill.drug.display.toCaseFolded();
}

void DrugsModel::addToGroup(Group &g, const Fill &f)
{
    if (g.fills.isEmpty()) {
        g.name = f.drug.display.isEmpty() ? f.drug.code : f.drug.display;
        g.code = f.drug.code;
    }
    g.fills.append(f);
    if (f.date.isValid()) {
        if (!g.first.isValid() || f.date < g.first)
            g.first = f.date;
        if (!g.last.isValid() || f.date > g.last)
            g.last = f.date;
    }
    g.daysSupply += f.daysSupply.value_or(0);
    if (f.cost)
        g.cost += *f.cost;
    if (f.paid)
        g.paid += *f.paid;
    if (!f.pharmacy.isEmpty() && !g.pharmacies.contains(f.pharmacy))
        g.pharmacies.append(f.pharmacy);
}

void DrugsModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_groupByKey.clear();
    if (m_source) {
        for (int r = 0; r < m_source->claimCount(); ++r) {
            const std::optional<Fill> f = fillFor(r);
            if (!f)
                continue;
            const QString key = keyOf(*f);
            int g = m_groupByKey.value(key, -1);
            if (g < 0) {
                g = int(m_groups.size());
                m_groupByKey.insert(key, g);
                m_groups.append(Group {key, {}, {}, {}, {}, {}, 0, {}, {}, {}});
            }
            addToGroup(m_groups[g], *f);
        }
    }
    endResetModel();
}

void DrugsModel::addRows(int first, int last)
{
    // Bucket the page by drug first, so each drug gets one insertion of its new fills.
    QList<QString> order;
    QHash<QString, QList<Fill>> byKey;
    for (int r = first; r <= last; ++r) {
        if (std::optional<Fill> f = fillFor(r)) {
            const QString key = keyOf(*f);
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                order.append(key);
                it = byKey.insert(key, {});
            }
            it->append(*f);
        }
    }
    QList<Group> fresh;
    for (const QString &key : std::as_const(order)) {
        const QList<Fill> &fills = byKey[key];
        const int g = m_groupByKey.value(key, -1);
        if (g < 0) {
            Group group {key, {}, {}, {}, {}, {}, 0, {}, {}, {}};
            for (const Fill &f : fills)
                addToGroup(group, f);
            fresh.append(group);
            continue;
        }
        const QModelIndex parent = index(g, 0);
        const int count = int(m_groups.at(g).fills.size());
        beginInsertRows(parent, count, count + int(fills.size()) - 1);
        for (const Fill &f : fills)
            addToGroup(m_groups[g], f);
        endInsertRows();
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
    if (fresh.isEmpty())
        return;
    const int start = int(m_groups.size());
    beginInsertRows({}, start, start + int(fresh.size()) - 1);
    for (Group &g : fresh) {
        m_groupByKey.insert(g.key, int(m_groups.size()));
        m_groups.append(std::move(g));
    }
    endInsertRows();
}

QModelIndex DrugsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DrugsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int DrugsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kTopLevel && parent.column() == 0)
        return int(m_groups.at(parent.row()).fills.size());
    return 0;
}

int DrugsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Cell DrugsModel::groupCell(const Group &g, int column) const
{
    switch (Column(column)) {
    case Drug: {
        Cell c = Cell::text(g.name, g.code);
        if (g.name == g.code)
            c.raw = g.code; // a drug known only by its NDC
        return c;
    }
    case FirstFill:
        return Cell::date(g.first);
    case LastFill:
        return Cell::date(g.last);
    case Fills:
        return Cell::integer(g.fills.size());
    case DaysSupply:
        return Cell::integer(g.daysSupply);
    case TotalCost:
        return Cell::money(g.cost);
    case YouPaid:
        return Cell::money(g.paid);
    case Pharmacy:
        if (g.pharmacies.size() > 1) {
            Cell c = Cell::text(
                tr("%Ln pharmacies", nullptr, int(g.pharmacies.size())), g.pharmacies.join(u'\n'));
            c.exportValue = g.pharmacies.join(u"; "_s);
            return c;
        }
        return Cell::text(g.pharmacies.value(0));
    case ColumnCount:
        break;
    }
    return {};
}

Cell DrugsModel::fillCell(const Fill &f, int column) const
{
    switch (Column(column)) {
    case Drug: {
        Cell c = Cell::text(codeWithDisplay(f.drug.code, f.drug.display));
        c.exportValue = f.drug.code;
        return c;
    }
    case FirstFill:
    case LastFill:
        return Cell::date(f.date);
    case Fills:
        return Cell::integer(1);
    case DaysSupply:
        return Cell::integer(f.daysSupply ? std::optional<qint64>(*f.daysSupply) : std::nullopt);
    case TotalCost:
        return Cell::money(f.cost);
    case YouPaid:
        return Cell::money(f.paid);
    case Pharmacy:
        return Cell::text(f.pharmacy);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DrugsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    if (role == ClaimIdRole || role == ClaimTypeRole) {
        if (top || !m_source)
            return {};
        const fhir::Claim &c = m_source->claim(
            m_groups.at(int(index.internalId() - 1)).fills.at(index.row()).sourceRow);
        return role == ClaimIdRole ? QVariant(c.id) : QVariant(int(c.type));
    }
    if (!isCellRole(role))
        return {};
    if (top)
        return cellData(groupCell(m_groups.at(index.row()), index.column()), role);
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return cellData(fillCell(g.fills.at(index.row()), index.column()), role);
}

QVariant DrugsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("bb::models::DrugsModel", kColumns[section].header);
    if (role == ColumnKeyRole)
        return QString::fromLatin1(kColumns[section].key);
    return {};
}

} // namespace bb::models

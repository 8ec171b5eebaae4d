#include "models/claimtypesmodel.h"

#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/roles.h"

#include <QLocale>

namespace bb::models {

namespace {

constexpr int kRows = int(fhir::allClaimTypes.size()) + 1; // + Unknown

} // namespace

ClaimTypesModel::ClaimTypesModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_counts(kRows, 0)
{
}

void ClaimTypesModel::setProxy(ClaimsProxyModel *proxy)
{
    if (m_proxy)
        disconnect(m_proxy, nullptr, this, nullptr);
    m_proxy = proxy;
    if (proxy) {
        connect(proxy, &ClaimsProxyModel::filterChanged, this,
            [this] { Q_EMIT dataChanged(index(0), index(kRows - 1), {Qt::CheckStateRole}); });
        // totalsChanged covers rows arriving, replaced and the source switching.
        connect(proxy, &ClaimsProxyModel::totalsChanged, this, &ClaimTypesModel::recount);
    }
    recount();
    Q_EMIT dataChanged(index(0), index(kRows - 1));
}

fhir::ClaimType ClaimTypesModel::typeAt(int row) const
{
    return row < int(fhir::allClaimTypes.size()) ? fhir::allClaimTypes.at(size_t(row))
                                                 : fhir::ClaimType::Unknown;
}

int ClaimTypesModel::claimCount(int row) const
{
    return m_counts.value(row);
}

void ClaimTypesModel::recount()
{
    QList<int> counts(kRows, 0);
    const ClaimListModel *list = m_proxy ? m_proxy->claimListModel() : nullptr;
    for (int r = 0; list && r < list->claimCount(); ++r) {
        const fhir::ClaimType t = list->claim(r).type;
        ++counts[t == fhir::ClaimType::Unknown ? kRows - 1 : int(t) - 1];
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT dataChanged(index(0), index(kRows - 1), {Qt::DisplayRole, SortRole, ExportRole});
}

int ClaimTypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRows;
}

QVariant ClaimTypesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fhir::ClaimType type = typeAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A claim type checkbox: %1 the type, %2 how many claims of that type were loaded.
        return tr("%1 (%2)").arg(
            fhir::claimTypeDisplayName(type), QLocale().toString(m_counts.at(index.row())));
    case Qt::CheckStateRole:
        return (!m_proxy || m_proxy->isClaimTypeShown(type)) ? Qt::Checked : Qt::Unchecked;
    case SortRole:
        return m_counts.at(index.row());
    case ExportRole:
        return type == fhir::ClaimType::Unknown ? QString() : fhir::claimTypeKey(type);
    case ClaimTypeRole:
        return int(type);
    }
    return {};
}

bool ClaimTypesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_proxy
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The proxy's filterChanged repaints the box.
    m_proxy->setClaimTypeShown(typeAt(index.row()), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ClaimTypesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace bb::models

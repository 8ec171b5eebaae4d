#pragma once

#include "fhir/claimtype.h"

#include <QAbstractListModel>
#include <QPointer>

namespace bb::models {

class ClaimsProxyModel;

// The claim-type checkboxes of the claims list: one checkable row per type (the eight, then
// "Unknown claim type"), with how many loaded claims have that type. Checking a row shows the
// type in the proxy; a proxy change made elsewhere updates the boxes.
class ClaimTypesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ClaimTypesModel(QObject *parent = nullptr);

    void setProxy(ClaimsProxyModel *proxy);
    fhir::ClaimType typeAt(int row) const;
    int claimCount(int row) const; // loaded claims of that type, whatever the filter

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void recount();

    QPointer<ClaimsProxyModel> m_proxy;
    QList<int> m_counts;
};

} // namespace bb::models

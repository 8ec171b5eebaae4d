#include "models/claimlistmodel.h"

#include "models/claimsentence.h"
#include "models/roles.h"

#include <QLocale>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace bb::models {

namespace {

const QList<ColumnSpec> &columns()
{
    static const QList<ColumnSpec> specs {
        {"service_start", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "From")},
        {"service_end", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "To")},
        {"claim_type", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "Type")},
        {"provider", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "Provider or pharmacy")},
        {"diagnosis_or_drug", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "Diagnosis or drug")},
        {"billed", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "Amount billed")},
        {"medicare_paid", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "Medicare or plan paid")},
        {"you_may_owe", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "You may owe")},
        {"claim_id", QT_TRANSLATE_NOOP("bb::models::ClaimListModel", "Claim ID")},
    };
    return specs;
}

template<typename T>
int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b)); // unknown first
    return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

int compareDates(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

ClaimListModel::ClaimListModel(QObject *parent)
    : TableModel("bb::models::ClaimListModel", columns(), parent)
{
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (role == ClaimIdRole || role == ClaimTypeRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const fhir::Claim &c = m_rows.at(index.row()).claim;
        return role == ClaimIdRole ? QVariant(c.id) : QVariant(int(c.type));
    }
    // The whole claim in one plain sentence, made only when asked (hover, screen reader).
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return claimSentence(m_rows.at(index.row()).claim);
    }
    return TableModel::data(index, role);
}

Cell ClaimListModel::cell(int row, int column) const
{
    const ClaimRow &r = m_rows.at(row);
    switch (Column(column)) {
    case ServiceStart:
        return Cell::date(r.start);
    case ServiceEnd:
        return Cell::date(r.end);
    case Type: {
        Cell c = Cell::text(r.typeText);
        if (r.claim.type == fhir::ClaimType::Unknown) {
            c.raw = r.claim.typeCode;
            c.exportValue = r.claim.typeCode;
        } else {
            c.exportValue = fhir::claimTypeKey(r.claim.type);
        }
        return c;
    }
    case Provider:
        return Cell::text(r.providerText);
    case Detail:
        return Cell::text(r.detailText);
    case Billed:
        return Cell::money(r.billed);
    case Paid:
        return Cell::money(r.paid);
    case YouMayOwe:
        return Cell::money(r.owe);
    case ClaimId:
        return Cell::text(r.claim.id);
    case ColumnCount:
        break;
    }
    return {};
}

int ClaimListModel::compareRows(int column, int left, int right) const
{
    const ClaimRow &a = m_rows.at(left);
    const ClaimRow &b = m_rows.at(right);
    switch (Column(column)) {
    case ServiceStart:
        if (int c = compareDates(a.start, b.start))
            return c;
        return compareDates(a.end, b.end);
    case ServiceEnd:
        if (int c = compareDates(a.end, b.end))
            return c;
        return compareDates(a.start, b.start);
    case Type:
        return a.typeKey.compare(b.typeKey);
    case Provider:
        return a.providerKey.compare(b.providerKey);
    case Detail:
        return a.detailKey.compare(b.detailKey);
    case Billed:
        return compareOptional(a.billed, b.billed);
    case Paid:
        return compareOptional(a.paid, b.paid);
    case YouMayOwe:
        return compareOptional(a.owe, b.owe);
    case ClaimId:
        return a.claim.id.compare(b.claim.id);
    case ColumnCount:
        break;
    }
    return 0;
}

namespace {

// From this many claims, the rows of a batch are made on every core: a stored record of
// 10,000 claims reopens into the list without holding the window for a tenth of a second.
constexpr qsizetype kParallelRows = 1000;
// Claims taken at a time by each thread, so a thread that starts late (a busy machine) just
// takes fewer.
constexpr qsizetype kChunk = 128;

// makeClaimRow() for every claim, on this thread and the pool's (makeClaimRow only reads its
// claim and the translators, which are thread-safe).
QList<ClaimRow> makeClaimRows(QList<fhir::Claim> claims)
{
    const qsizetype n = claims.size();
    QList<ClaimRow> rows(n);
    fhir::Claim *in = claims.data();
    ClaimRow *out = rows.data();
    std::atomic<qsizetype> next {0};
    const auto work = [in, out, n, &next] {
        for (;;) {
            const qsizetype from = next.fetch_add(kChunk, std::memory_order_relaxed);
            if (from >= n)
                return;
            for (qsizetype i = from; i < std::min(n, from + kChunk); ++i)
                out[i] = makeClaimRow(std::move(in[i]));
        }
    };
    QList<QFuture<void>> pooled;
    if (n >= kParallelRows) {
        for (int t = 1; t < QThread::idealThreadCount(); ++t)
            pooled.append(QtConcurrent::run(work));
    }
    work();
    // A pooled run not started yet runs here and finds nothing left.
    for (QFuture<void> &run : pooled)
        run.waitForFinished();
    return rows;
}

} // namespace

void ClaimListModel::appendClaims(QList<fhir::Claim> claims)
{
    if (m_rows.isEmpty()) {
        fillEmpty(std::move(claims));
        return;
    }
    QList<ClaimRow> fresh;
    QHash<QString, int> freshById; // duplicates inside one page keep the later copy
    for (fhir::Claim &claim : claims) {
        const int existing = m_rowById.value(claim.id, -1);
        if (existing >= 0) {
            const fhir::Claim &old = m_rows.at(existing).claim;
            if (old.lastUpdated.isValid() && claim.lastUpdated.isValid()
                && claim.lastUpdated < old.lastUpdated)
                continue;
            m_rows[existing] = makeClaimRow(std::move(claim));
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        const auto it = freshById.constFind(claim.id);
        if (it != freshById.constEnd()) {
            fresh[*it] = makeClaimRow(std::move(claim));
            continue;
        }
        freshById.insert(claim.id, int(fresh.size()));
        fresh.append(makeClaimRow(std::move(claim)));
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (ClaimRow &row : fresh) {
        m_rowById.insert(row.claim.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    Q_EMIT completenessChanged();
}

// Into an empty list nothing is replaced: only duplicates within the batch are folded (the
// later copy in the earlier one's place, as appendClaims does), and the rows are made at once.
ClaimListModel::PreparedRows ClaimListModel::prepareRows(QList<fhir::Claim> claims)
{
    QHash<QString, int> byId;
    byId.reserve(claims.size());
    qsizetype kept = 0;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        fhir::Claim &claim = claims[i];
        const auto it = byId.constFind(claim.id);
        if (it != byId.constEnd()) {
            claims[*it] = std::move(claim);
            continue;
        }
        byId.insert(claim.id, int(kept));
        if (kept != i)
            claims[kept] = std::move(claim);
        ++kept;
    }
    claims.resize(kept);
    return {makeClaimRows(std::move(claims)), std::move(byId)};
}

void ClaimListModel::fillEmpty(QList<fhir::Claim> claims)
{
    fillPrepared(prepareRows(std::move(claims)));
}

void ClaimListModel::fillPrepared(PreparedRows prepared)
{
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows = std::move(prepared.rows);
        m_rowById = std::move(prepared.rowById);
        endResetModel();
        Q_EMIT completenessChanged();
        return;
    }
    if (prepared.rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(prepared.rows.size()) - 1);
    m_rows = std::move(prepared.rows);
    m_rowById = std::move(prepared.rowById);
    endInsertRows();
    Q_EMIT completenessChanged();
}

void ClaimListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_expected.reset();
    m_syncComplete = false;
    endResetModel();
    Q_EMIT completenessChanged();
}

void ClaimListModel::setExpectedTotal(std::optional<qint64> total)
{
    if (m_expected == total)
        return;
    m_expected = total;
    Q_EMIT completenessChanged();
}

void ClaimListModel::setSyncComplete(bool complete)
{
    if (m_syncComplete == complete)
        return;
    m_syncComplete = complete;
    Q_EMIT completenessChanged();
}

bool ClaimListModel::isComplete() const
{
    return m_syncComplete && (!m_expected || m_rows.size() >= *m_expected);
}

QString ClaimListModel::completenessText() const
{
    if (isComplete())
        return {};
    if (!m_expected) {
        return tr("Totals cover %Ln claim(s) of an unknown number", nullptr, int(m_rows.size()));
    }
    //: %1 claims loaded so far, %2 claims the server has.
    return tr("Totals cover %1 of %2 claims")
        .arg(QLocale().toString(qint64(m_rows.size())), QLocale().toString(*m_expected));
}

} // namespace bb::models

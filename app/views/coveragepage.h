#pragma once

#include "views/exportableview.h"

#include <QDate>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QTableView;

namespace bb::models {
class CoverageDetailModel;
class CoverageModel;
} // namespace bb::models

namespace bb::views {

// The Coverage tab: one card per Medicare part (A, B, C, D) with its status, period, plan
// and the details a person understands; below, the table of parts and every field of the
// part selected in it. A start date after today is shown as sent, with a note.
class CoveragePage : public QWidget, public ExportableView
{
    Q_OBJECT

public:
    explicit CoveragePage(models::CoverageModel *model, QWidget *parent = nullptr);

    // ExportableView: the table of parts (not the fields of the selected one).
    const QAbstractItemModel *exportModel() const override;
    QList<int> exportColumns() const override;
    bool hasReport() const override { return true; }
    std::optional<report::ReportDocument> buildReport(
        const report::ReportContext &context) const override;
    QString defaultFileBaseName() const override;

    int cardCount() const { return int(m_cards.size()); }
    // The text of card `index` (title and lines), for tests.
    QString cardText(int index) const;
    QTableView *table() const { return m_table; }
    // The day "in the future" counts from (default: today).
    void setToday(const QDate &today);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildCards();
    void fitCards();
    void showDetail(int row);

    models::CoverageModel *m_model;
    models::CoverageDetailModel *m_detailModel;
    QWidget *m_cardArea;
    QScrollArea *m_cardScroll = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_cardsFitted = false;
    QHBoxLayout *m_cardLayout;
    QLabel *m_empty;
    QList<QWidget *> m_cards;
    QTableView *m_table;
    QTableView *m_detail;
    QDate m_today = QDate::currentDate();
};

} // namespace bb::views

#pragma once

#include "views/exportableview.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace bb::models {
class PatientModel;
}

namespace bb::views {

// The Patient tab: the person's name as a heading, then every field of PatientModel (birth
// date, sex, address as given, Medicare number masked until revealed, race, ethnicity,
// identifiers). Says plainly when personal information was not shared at consent.
class PatientPage : public QWidget, public ExportableView
{
    Q_OBJECT

public:
    explicit PatientPage(models::PatientModel *model, QWidget *parent = nullptr);

    // ExportableView: the table of fields; the report shows the Medicare number in full only
    // when the report context asks for it, whatever the tab shows.
    const QAbstractItemModel *exportModel() const override;
    QList<int> exportColumns() const override;
    bool hasReport() const override { return true; }
    std::optional<report::ReportDocument> buildReport(
        const report::ReportContext &context) const override;
    QString defaultFileBaseName() const override;

    QString heading() const;
    bool isNotSharedShown() const;
    QTableView *table() const { return m_table; }

private:
    void update();

    models::PatientModel *m_model;
    QLabel *m_heading;
    QLabel *m_notShared;
    QCheckBox *m_reveal;
    QTableView *m_table;
};

} // namespace bb::views

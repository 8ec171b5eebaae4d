#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace bb::models {
class PatientModel;
}

namespace bb {

// The Patient tab: the person's name as a heading, then every field of PatientModel (birth
// date, sex, address as given, Medicare number masked until revealed, race, ethnicity,
// identifiers). Says plainly when personal information was not shared at consent.
class PatientPage : public QWidget
{
    Q_OBJECT

public:
    explicit PatientPage(models::PatientModel *model, QWidget *parent = nullptr);

    QString heading() const;
    bool isNotSharedShown() const;
    QCheckBox *revealBox() const { return m_reveal; }
    QTableView *table() const { return m_table; }

private:
    void update();

    models::PatientModel *m_model;
    QLabel *m_heading;
    QLabel *m_notShared;
    QCheckBox *m_reveal;
    QTableView *m_table;
};

} // namespace bb

#include "views/patientpage.h"

#include "models/patientmodel.h"
#include "report/viewreports.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

PatientPage::PatientPage(models::PatientModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_notShared(new QLabel(this))
    , m_reveal(new QCheckBox(tr("Show &Medicare number"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"patientPage"_s);
    m_heading->setObjectName(u"patientHeading"_s);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setTextFormat(Qt::PlainText); // the name as the server sent it, never markup

    m_notShared->setObjectName(u"patientNotShared"_s);
    m_notShared->setWordWrap(true);
    m_notShared->setText(
        tr("You chose not to share your personal information (name, address, birth date) "
           "with this app when you logged in. Your coverage and claims are still shown. To "
           "share it, log out and log in again with \"Personal Information\" ticked."));

    m_reveal->setObjectName(u"revealMbi"_s);
    m_reveal->setAccessibleDescription(
        tr("Your Medicare number is partly hidden until you choose to show it"));

    m_table->setObjectName(u"patientTable"_s);
    m_table->setAccessibleName(tr("Personal information"));
    m_table->setModel(model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notShared);
    layout->addWidget(m_reveal);
    layout->addWidget(m_table, 1);

    connect(m_reveal, &QCheckBox::toggled, model, &models::PatientModel::setMbiRevealed);
    connect(model, &models::PatientModel::stateChanged, this, &PatientPage::update);
    connect(model, &QAbstractItemModel::modelReset, this, &PatientPage::update);
    update();
}

QString PatientPage::heading() const
{
    return m_heading->text();
}

const QAbstractItemModel *PatientPage::exportModel() const
{
    return m_model;
}

QList<int> PatientPage::exportColumns() const
{
    return visibleColumns(m_table->horizontalHeader());
}

std::optional<report::ReportDocument> PatientPage::buildReport(
    const report::ReportContext &context) const
{
    if (m_model->state() != models::PatientModel::State::Loaded)
        return report::patientReport(m_model, context);
    // The record as on screen, but with the Medicare number as chosen for reports.
    models::PatientModel copy;
    copy.setPatient(m_model->patient());
    copy.setMbiRevealed(context.fullMedicareNumber);
    return report::patientReport(&copy, context);
}

QString PatientPage::defaultFileBaseName() const
{
    //: Suggested file name of the Patient tab's CSV or PDF: the tab's title in lower case.
    return tr("patient");
}

bool PatientPage::isNotSharedShown() const
{
    return !m_notShared->isHidden();
}

void PatientPage::update()
{
    using State = models::PatientModel::State;
    const State state = m_model->state();
    QString name;
    const int row = m_model->rowForKey(u"name"_s);
    if (row >= 0 && state == State::Loaded)
        name = m_model->index(row, models::KeyValueModel::Value).data().toString();
    switch (state) {
    case State::Empty:
        m_heading->setText(tr("Personal information"));
        break;
    case State::Loaded:
        m_heading->setText(name.isEmpty() ? tr("Personal information") : name);
        break;
    case State::NotShared:
        m_heading->setText(tr("Personal information not shared"));
        break;
    }
    m_heading->setAccessibleName(m_heading->text());
    m_notShared->setVisible(state == State::NotShared);
    m_reveal->setEnabled(state == State::Loaded);
    m_table->resizeColumnToContents(models::KeyValueModel::Field);
}

} // namespace bb::views

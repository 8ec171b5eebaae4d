#include "views/claimdetailview.h"

#include "codes/glossary.h"
#include "models/cell.h"
#include "models/claimlistmodel.h"
#include "models/claimrow.h"
#include "models/datanotes.h"
#include "views/claimheader.h"
#include "views/claimjson.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

// Bold for the principal diagnosis, so the order and the main reason read at a glance.
class PrincipalFontProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole) {
            const auto *diagnoses = static_cast<models::DiagnosesModel *>(sourceModel());
            if (diagnoses->isPrincipal(index.row())) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

// A read-only form whose value labels are kept by key, so a claim refills them in place.
QLabel *addFormRow(
    QFormLayout *form, QHash<QString, QLabel *> &labels, const QString &key, const QString &caption)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(key + "Value"_L1);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText); // the server's text, never markup
    value->setWordWrap(true);
    form->addRow(caption, value);
    labels.insert(key, value);
    return value;
}

void setFormValue(QHash<QString, QLabel *> &labels, QHash<QString, QString> &values,
    const QString &key, const QString &text)
{
    values.insert(key, text);
    if (QLabel *label = labels.value(key)) {
        //: A detail field the claim does not give.
        label->setText(text.isEmpty() ? ClaimDetailView::tr("Not given") : text);
        label->setEnabled(!text.isEmpty());
    }
}

QString number(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

QString integer(std::optional<qint64> value)
{
    return value ? QLocale().toString(*value) : QString();
}

QString withId(const QString &name, const QString &id)
{
    if (id.isEmpty() || name.isEmpty())
        return name.isEmpty() ? id : name;
    //: A person or place and their number: %1 the name, %2 the NPI or other id.
    return ClaimDetailView::tr("%1 (%2)").arg(name, id);
}

const fhir::SupportingInfo *findInfo(const fhir::Claim &claim, QLatin1StringView category)
{
    for (const fhir::SupportingInfo &s : claim.supportingInfo) {
        if (s.category == category)
            return &s;
    }
    return nullptr;
}

} // namespace

ClaimDetailView::ClaimDetailView(models::ClaimListModel *claims, QWidget *parent)
    : QWidget(parent)
    , m_claims(claims)
{
    m_back = new QToolButton(this);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    //: Detail view button: the claim opened before this one.
    m_back->setToolTip(tr("Previous claim you opened (Alt+Left)"));
    m_back->setAccessibleName(tr("Previous claim"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &ClaimDetailView::back);
    m_forward = new QToolButton(this);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    //: Detail view button: go forward again after going back.
    m_forward->setToolTip(tr("Next claim you opened (Alt+Right)"));
    m_forward->setAccessibleName(tr("Next claim"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setAutoRaise(true);
    connect(m_forward, &QToolButton::clicked, this, &ClaimDetailView::forward);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_body = new QWidget(this);
    m_header = new ClaimHeader(m_body);
    m_sections = new QTabWidget(m_body);
    m_sections->setDocumentMode(true);
    //: Accessible name of the claim detail's tabs (services, diagnoses, ...).
    m_sections->setAccessibleName(tr("Claim sections"));

    auto addTable = [this](Section section, QAbstractItemModel *model, const QString &title) {
        QTableView *table = makeTable(model, m_sections);
        m_tables.insert(section, table);
        table->setAccessibleName(title);
        m_sections->insertTab(section, table, title);
    };
    //: Detail tab: the claim's line items.
    addTable(Services, &m_lines, tr("Services"));
    auto *principal = new PrincipalFontProxy(this);
    principal->setSourceModel(&m_diagnoses);
    //: Detail tab: the claim's diagnoses, in order, the principal one first.
    addTable(Diagnoses, principal, tr("Diagnoses"));
    //: Detail tab: surgical and other procedures.
    addTable(Procedures, &m_procedures, tr("Procedures"));
    //: Detail tab: doctors and other clinicians on the claim.
    addTable(CareTeam, &m_careTeam, tr("Care team"));

    auto *stay = new QWidget(m_sections);
    auto *stayForm = new QFormLayout(stay);
    //: Hospital stay field.
    addFormRow(stayForm, m_stayLabels, u"admitted"_s, tr("Admitted"));
    //: Hospital stay field.
    addFormRow(stayForm, m_stayLabels, u"discharged"_s, tr("Discharged"));
    //: Hospital stay field: nights between admission and discharge.
    addFormRow(stayForm, m_stayLabels, u"length"_s, tr("Length of stay"));
    //: Hospital stay field: the days Medicare counted against the benefit period.
    addFormRow(stayForm, m_stayLabels, u"covered_days"_s, tr("Days Medicare covered"));
    //: Hospital stay field: the diagnosis-related group that set the payment.
    addFormRow(stayForm, m_stayLabels, u"drg"_s, tr("Diagnosis-related group (DRG)"));
    //: Hospital stay field: where the patient went at discharge.
    addFormRow(stayForm, m_stayLabels, u"discharge_status"_s, tr("Discharge status"));
    //: Detail tab: admission, discharge, DRG and days of an inpatient or nursing facility stay.
    m_sections->insertTab(Stay, stay, tr("Hospital stay"));

    auto *rx = new QWidget(m_sections);
    auto *rxForm = new QFormLayout(rx);
    //: Prescription field.
    addFormRow(rxForm, m_rxLabels, u"drug"_s, tr("Drug"));
    //: Prescription field: National Drug Code.
    addFormRow(rxForm, m_rxLabels, u"ndc"_s, tr("NDC"));
    //: Prescription field: units dispensed.
    addFormRow(rxForm, m_rxLabels, u"quantity"_s, tr("Quantity"));
    //: Prescription field: how many days the fill lasts.
    addFormRow(rxForm, m_rxLabels, u"days_supply"_s, tr("Days' supply"));
    //: Prescription field: 0 for the original fill, then 1, 2, ... for refills.
    addFormRow(rxForm, m_rxLabels, u"fill_number"_s, tr("Fill number"));
    //: Prescription field.
    addFormRow(rxForm, m_rxLabels, u"pharmacy"_s, tr("Pharmacy"));
    //: Prescription field: the clinician who wrote the prescription.
    addFormRow(rxForm, m_rxLabels, u"prescriber"_s, tr("Prescriber"));
    //: Prescription field: the full price of the fill.
    addFormRow(rxForm, m_rxLabels, u"drug_cost"_s, tr("Drug cost"));
    //: Prescription field: what the drug plan paid.
    addFormRow(rxForm, m_rxLabels, u"plan_paid"_s, tr("Plan paid"));
    //: Prescription field: what the beneficiary paid.
    addFormRow(rxForm, m_rxLabels, u"you_paid"_s, tr("You paid"));
    //: Detail tab of a Part D claim: drug, NDC, supply, pharmacy, prescriber and costs.
    m_sections->insertTab(Prescription, rx, tr("Prescription"));

    //: Detail tab: supporting information (received date, codes) in the server's words.
    addTable(More, &m_info, tr("More details"));
    //: Detail tab: every coded field Medicare sent for the claim, with its meaning.
    addTable(Codes, &m_codes, tr("All codes"));

    auto *raw = new QWidget(m_sections);
    m_rawNote = new QLabel(raw);
    m_rawNote->setWordWrap(true);
    m_raw = new QPlainTextEdit(raw);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->addWidget(m_rawNote);
    rawLayout->addWidget(m_raw, 1);
    //: Detail tab: the claim as FHIR JSON.
    m_sections->insertTab(RawJson, raw, tr("Raw FHIR"));
    m_sections->setTabToolTip(RawJson, codes::Glossary::text(u"raw_fhir"));
    m_sections->setTabToolTip(Codes, codes::Glossary::text(u"all_codes"));

    m_sections->setMinimumHeight(240);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_header);
    bodyLayout->addWidget(m_sections, 1);
    // A short pane scrolls rather than squeezing the money summary into unreadable rows.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    //: Accessible name of the claim detail pane.
    scroll->setAccessibleName(tr("Claim detail"));
    m_scroll = scroll;

    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addWidget(m_forward);
    nav->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_scroll, 1);

    if (m_claims) {
        connect(m_claims, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                onSourceRowsChanged(from.row(), to.row());
            });
        connect(m_claims, &QAbstractItemModel::modelReset, this, &ClaimDetailView::onSourceReset);
        connect(m_claims, &QAbstractItemModel::rowsRemoved, this, &ClaimDetailView::onSourceReset);
    }
    clear();
}

QTableView *ClaimDetailView::sectionTable(Section section) const
{
    return m_tables.value(section);
}

QString ClaimDetailView::rawJsonText() const
{
    return m_raw->toPlainText();
}

QByteArray ClaimDetailView::receivedJson(const QString &id) const
{
    return m_rawSource ? m_rawSource(id) : QByteArray();
}

void ClaimDetailView::setRawJsonSource(RawJsonSource source)
{
    m_rawSource = std::move(source);
    if (!m_current.isEmpty())
        display(m_current);
}

bool ClaimDetailView::showClaim(const QString &id)
{
    if (!m_claims || m_claims->rowForId(id) < 0)
        return false;
    if (id == m_current)
        return true;
    m_history.resize(m_position + 1);
    m_history.append(id);
    m_position = m_history.size() - 1;
    display(id);
    return true;
}

void ClaimDetailView::back()
{
    if (!canGoBack())
        return;
    --m_position;
    display(m_history.at(m_position));
}

void ClaimDetailView::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    display(m_history.at(m_position));
}

QString ClaimDetailView::emptyMessage() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void ClaimDetailView::clear(const QString &message)
{
    m_empty->setText(message.isEmpty()
            //: Detail pane before any claim was opened.
            ? tr("Double-click a claim, or select it and press Enter, to see it here.")
            : message);
    m_history.clear();
    m_position = -1;
    m_current.clear();
    m_header->clear();
    m_lines.clear();
    m_diagnoses.clear();
    m_procedures.clear();
    m_careTeam.clear();
    m_info.clear();
    m_codes.clear();
    m_raw->clear();
    m_scroll->hide();
    m_empty->show();
    updateNavigation();
    Q_EMIT currentClaimChanged({});
}

void ClaimDetailView::display(const QString &id)
{
    const int row = m_claims ? m_claims->rowForId(id) : -1;
    if (row < 0) {
        clear();
        return;
    }
    const fhir::Claim &claim = m_claims->claim(row);
    m_current = id;
    m_header->setClaim(claim);
    m_lines.setClaim(claim);
    m_diagnoses.setClaim(claim);
    m_procedures.setClaim(claim);
    m_careTeam.setClaim(claim);
    m_info.setClaim(claim);
    fillStay(claim);
    fillPrescription(claim);
    fillRawJson(claim);

    const bool pde = claim.type == fhir::ClaimType::Pde;
    const bool stay = claim.type == fhir::ClaimType::Inpatient || claim.type == fhir::ClaimType::Snf
        || !claim.admission.isEmpty();
    m_sections->setTabVisible(Services, !claim.items.isEmpty());
    m_sections->setTabVisible(Diagnoses, !claim.diagnoses.isEmpty());
    m_sections->setTabVisible(Procedures, !claim.procedures.isEmpty());
    m_sections->setTabVisible(CareTeam, !claim.careTeam.isEmpty());
    m_sections->setTabVisible(Stay, stay);
    m_sections->setTabVisible(Prescription, pde || claim.fill.has_value());
    m_sections->setTabVisible(More, !claim.supportingInfo.isEmpty());
    m_sections->setTabVisible(Codes, m_codes.rowCount() > 0);
    // Open on the section that says most about this kind of claim.
    m_sections->setCurrentIndex(pde ? Prescription : (stay ? Stay : Services));
    if (!m_sections->isTabVisible(m_sections->currentIndex()))
        m_sections->setCurrentIndex(RawJson);
    // Fit the columns to this claim, but keep a long place-of-service or description from
    // pushing the money columns out of sight (its tooltip and the cell still hold it all).
    const int widest = 28 * fontMetrics().horizontalAdvance(u'M');
    for (QTableView *table : std::as_const(m_tables)) {
        table->resizeColumnsToContents();
        for (int c = 0; c < table->model()->columnCount(); ++c)
            table->setColumnWidth(c, std::min(table->columnWidth(c), widest));
    }

    m_empty->hide();
    m_scroll->show();
    updateNavigation();
    Q_EMIT currentClaimChanged(id);
}

void ClaimDetailView::fillStay(const fhir::Claim &claim)
{
    const auto set = [this](const QString &key, const QString &text) {
        setFormValue(m_stayLabels, m_stayValues, key, text);
    };
    const fhir::DateRange stay = claim.admission.isEmpty() ? claim.billablePeriod : claim.admission;
    set(u"admitted"_s, models::formatDate(stay.start));
    set(u"discharged"_s, models::formatDate(stay.end));
    if (stay.start.isValid() && stay.end.isValid())
        //: Length of a hospital stay.
        set(u"length"_s, tr("%Ln day(s)", nullptr, int(stay.start.daysTo(stay.end))));
    else
        set(u"length"_s, {});
    std::optional<qint64> covered;
    for (const fhir::BenefitBalance &b : claim.benefitBalances) {
        if (b.variable == "clm_utlztn_day_cnt"_L1)
            covered = b.count;
    }
    // Shown as sent, with a note when it is more than the stay could have.
    const QString note = models::DataNotes::coveredDays(covered, stay.start, stay.end);
    set(u"covered_days"_s, note.isEmpty() ? integer(covered) : integer(covered) + u' ' + note);
    set(u"drg"_s, models::codeWithDisplay(claim.drg.code, claim.drg.display));
    const fhir::SupportingInfo *discharge = findInfo(claim, "discharge-status"_L1);
    set(u"discharge_status"_s,
        discharge ? models::codeWithDisplay(discharge->code, discharge->codeDisplay) : QString());
}

void ClaimDetailView::fillPrescription(const fhir::Claim &claim)
{
    const auto set = [this](const QString &key, const QString &text) {
        setFormValue(m_rxLabels, m_rxValues, key, text);
    };
    const fhir::PrescriptionFill fill = claim.fill.value_or(fhir::PrescriptionFill {});
    set(u"drug"_s, fill.drug.display);
    set(u"ndc"_s, fill.drug.code);
    set(u"quantity"_s, number(fill.quantity));
    set(u"days_supply"_s, integer(fill.daysSupply));
    set(u"fill_number"_s, integer(fill.fillNumber));
    set(u"pharmacy"_s, withId(fill.pharmacyName, fill.pharmacyId));
    set(u"prescriber"_s, withId(fill.prescriberName, fill.prescriberId));
    const fhir::AmountSummary &a = claim.amounts;
    set(u"drug_cost"_s, models::formatMoney(a.drugCost ? a.drugCost : a.billed));
    set(u"plan_paid"_s, models::formatMoney(a.medicarePaid));
    set(u"you_paid"_s,
        models::formatMoney(a.patientPaid ? a.patientPaid : a.patientResponsibility()));
}

void ClaimDetailView::fillRawJson(const fhir::Claim &claim)
{
    const QByteArray received = m_rawSource ? m_rawSource(claim.id) : QByteArray();
    m_codes.setJson(received); // every coded field as sent; none without the JSON
    m_rawGenerated = received.isEmpty();
    if (m_rawGenerated) {
        m_rawNote->setText(
            //: Above the Raw FHIR text when the server's JSON was not kept.
            tr("The server's original JSON for this claim is not kept. Below are the claim's "
               "fields as the app read them, written as JSON."));
        m_raw->setPlainText(QString::fromUtf8(claimFieldsJson(claim)));
    } else {
        //: Above the Raw FHIR text: the resource exactly as the server sent it, indented.
        m_rawNote->setText(tr("The ExplanationOfBenefit resource as Blue Button sent it."));
        m_raw->setPlainText(QString::fromUtf8(indentedJson(received)));
    }
}

void ClaimDetailView::updateNavigation()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    Q_EMIT historyChanged();
}

void ClaimDetailView::onSourceRowsChanged(int first, int last)
{
    const int row = m_claims && !m_current.isEmpty() ? m_claims->rowForId(m_current) : -1;
    if (row >= first && row <= last)
        display(m_current);
}

void ClaimDetailView::onSourceReset()
{
    if (m_current.isEmpty())
        return;
    if (m_claims && m_claims->rowForId(m_current) >= 0)
        display(m_current);
    else
        clear();
}

} // namespace bb::views

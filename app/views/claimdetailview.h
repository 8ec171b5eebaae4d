#pragma once

#include "models/claimdetailmodels.h"
#include "models/claimlistmodel.h"
#include "models/codedfieldsmodel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace bb::views {

class ClaimHeader;

// One claim in full, looked up by id in the claim list, with back/forward between the claims
// opened in it (like a browser: opening a claim drops the forward history).
//
//   ClaimDetailView(models::ClaimListModel *claims, QWidget *parent)
//   showClaim(id) -> bool     opens a claim of the list (false, and nothing changes, when the
//                             id is not there); the same id again does nothing
//   back() / forward()        Alt+Left / Alt+Right, and the arrow buttons of the header
//   canGoBack() / canGoForward() / currentClaimId()
//   clear(message)            empties the view and its history; the pane shows `message`, or
//                             how to open a claim
//   setRawJsonSource(fn)      fn(id) returns the claim's JSON as received, or empty; without
//                             it (or when empty) the "Raw FHIR" tab shows the typed claim's
//                             fields as generated JSON and says so
//   header()                  the money summary and facts (ClaimHeader::fieldText)
//   sections()                tabs: Services, Diagnoses, Procedures, Care team, Hospital stay,
//                             Prescription, More details, All codes, Raw FHIR (tabs a claim has
//                             nothing for are hidden)
//   stayText(key) / prescriptionText(key)   the form values of those two tabs, by key
//   signal currentClaimChanged(id), historyChanged()
//
// A claim replaced in the list (a newer copy arrived) is re-shown in place; a claim that
// leaves the list clears the view.
class ClaimDetailView : public QWidget
{
    Q_OBJECT
public:
    using RawJsonSource = std::function<QByteArray(const QString &claimId)>;

    enum Section {
        Services,
        Diagnoses,
        Procedures,
        CareTeam,
        Stay,
        Prescription,
        More,
        Codes,
        RawJson
    };
    Q_ENUM(Section)

    explicit ClaimDetailView(models::ClaimListModel *claims, QWidget *parent = nullptr);

    bool showClaim(const QString &id);
    void back();
    void forward();
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    QString currentClaimId() const { return m_current; }
    void clear(const QString &message = {});
    QString emptyMessage() const;

    void setRawJsonSource(RawJsonSource source);

    ClaimHeader *header() const { return m_header; }
    QTabWidget *sections() const { return m_sections; }
    QTableView *sectionTable(Section section) const;
    QString stayText(const QString &key) const { return m_stayValues.value(key); }
    QString prescriptionText(const QString &key) const { return m_rxValues.value(key); }
    QString rawJsonText() const;
    // The claim's JSON as received (setRawJsonSource), empty when not kept.
    QByteArray receivedJson(const QString &id) const;
    bool rawJsonIsGenerated() const { return m_rawGenerated; }

Q_SIGNALS:
    void currentClaimChanged(const QString &id);
    void historyChanged();

private:
    void display(const QString &id);
    void fillStay(const fhir::Claim &claim);
    void fillPrescription(const fhir::Claim &claim);
    void fillRawJson(const fhir::Claim &claim);
    void updateNavigation();
    void onSourceRowsChanged(int first, int last);
    void onSourceReset();

    QPointer<models::ClaimListModel> m_claims;
    RawJsonSource m_rawSource;
    QStringList m_history;
    qsizetype m_position = -1;
    QString m_current;

    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_body = nullptr;
    QWidget *m_scroll = nullptr;
    ClaimHeader *m_header = nullptr;
    QTabWidget *m_sections = nullptr;
    QHash<int, QTableView *> m_tables;

    models::LineItemsModel m_lines;
    models::DiagnosesModel m_diagnoses;
    models::ProceduresModel m_procedures;
    models::CareTeamModel m_careTeam;
    models::SupportingInfoModel m_info;
    models::CodedFieldsModel m_codes;

    QHash<QString, QLabel *> m_stayLabels;
    QHash<QString, QString> m_stayValues;
    QHash<QString, QLabel *> m_rxLabels;
    QHash<QString, QString> m_rxValues;
    QLabel *m_rawNote = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    bool m_rawGenerated = false;
};

} // namespace bb::views

#include "models/patientmodel.h"

#include "codes/codetables.h"
#include "codes/decode.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bb::models {

namespace {

QString genderText(const QString &code)
{
    if (code == "male"_L1)
        return PatientModel::tr("Male");
    // US Core sex is a SNOMED CT code; some servers send the letter.
    if (code == "248153007"_L1 || code == "M"_L1)
        return PatientModel::tr("Male");
    if (code == "248152002"_L1 || code == "F"_L1)
        return PatientModel::tr("Female");
    if (code == "female"_L1)
        return PatientModel::tr("Female");
    if (code == "unknown"_L1)
        return PatientModel::tr("Unknown");
    return code; // anything else, as received
}

const QString kVariables = u"https://bluebutton.cms.gov/resources/variables/"_s;

// The reader keeps a coded extension's display, or its code when none came. A short value is
// taken for the code; a longer one is Medicare's text, matched back to its code in the
// codebook so that the app's plain words can replace it (or shown as sent when unmatched).
codes::Decoded decodeKept(const QString &variable, const QString &kept)
{
    const QString system = kVariables + variable;
    if (kept.size() <= 3)
        return codes::decode(system, kept);
    const codes::FieldId id = codes::fieldFromSystem(system);
    if (const codes::CodeTable *table = codes::CodeTables::instance().find(id.tableId)) {
        for (const codes::CodeValue &v : table->values) {
            if (v.meaning.compare(kept, Qt::CaseInsensitive) == 0)
                return codes::decode(system, v.code, kept);
        }
    }
    return codes::decode(system, {}, kept);
}

Cell decodedCell(const codes::Decoded &d, const QString &kept)
{
    Cell cell = Cell::text(d.text(), d.explanation());
    cell.exportValue = kept;
    if (d.meaning.isEmpty())
        cell.raw = kept;
    return cell;
}

} // namespace

PatientModel::PatientModel(QObject *parent)
    : KeyValueModel(parent)
{
}

QString PatientModel::formatMbi(const QString &mbi, bool revealed)
{
    if (mbi.isEmpty())
        return {};
    QString shown = mbi;
    if (!revealed) {
        // Keep the last four characters: enough to recognise the card, not to use it.
        for (qsizetype i = 0; i < shown.size() - 4; ++i)
            shown[i] = u'\u2022';
    }
    // The card prints an 11-character MBI in groups of 4-3-4.
    if (shown.size() == 11)
        return shown.left(4) + u'-' + shown.mid(4, 3) + u'-' + shown.mid(7);
    return shown;
}

void PatientModel::setPatient(const fhir::Patient &patient)
{
    m_patient = patient;
    m_state = State::Loaded;
    rebuild();
    Q_EMIT stateChanged();
}

void PatientModel::setNotShared()
{
    m_patient = {};
    m_state = State::NotShared;
    rebuild();
    Q_EMIT stateChanged();
}

void PatientModel::clear()
{
    m_patient = {};
    m_state = State::Empty;
    rebuild();
    Q_EMIT stateChanged();
}

void PatientModel::setMbiRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    const int row = rowForKey(u"mbi"_s);
    if (row >= 0)
        updateValue(row, Cell::text(formatMbi(m_patient.currentMbi(), m_revealed)));
}

void PatientModel::rebuild()
{
    QList<Entry> rows;
    if (m_state == State::Empty) {
        setEntries(rows);
        return;
    }
    const bool shared = m_state == State::Loaded;
    const auto demographic = [&](const QString &key, const QString &label, Cell value) {
        if (!shared || value.display.isEmpty()) {
            // Missing because it was not shared, not because it does not exist.
            value = Cell::text(shared ? QString() : tr("Not shared"));
            value.exportValue.clear();
        }
        rows.append({key, label, value});
    };
    const fhir::Patient &p = m_patient;
    demographic(u"name"_s, tr("Name"), Cell::text(p.displayName()));
    demographic(u"birth_date"_s, tr("Birth date"), Cell::date(p.birthDate));
    {
        Cell sex = Cell::text(genderText(p.sex.isEmpty() ? p.gender : p.sex));
        sex.exportValue = p.sex.isEmpty() ? p.gender : p.sex;
        demographic(u"sex"_s, tr("Sex"), sex);
    }
    {
        // Blue Button shares only the state and ZIP code; the state may be an SSA numeric
        // code rather than a postal abbreviation: the codebook names it ("10": Florida), and
        // a code it does not list says so.
        QString state = p.state;
        bool numeric = false;
        state.toInt(&numeric);
        if (numeric)
            state = codes::decode(QString(kVariables + u"state_cd"_s), p.state).text();
        QString address = state;
        if (!p.postalCode.isEmpty())
            address = state.isEmpty() ? tr("ZIP %1").arg(p.postalCode)
                                      : tr("%1, ZIP %2").arg(state, p.postalCode);
        Cell cell = Cell::text(address);
        cell.exportValue = QStringList {p.state, p.postalCode}.join(u' ').trimmed();
        demographic(u"address"_s, tr("Address"), cell);
    }
    demographic(u"race"_s, tr("Race"),
        p.race.isEmpty() ? Cell() : decodedCell(decodeKept(u"race"_s, p.race), p.race));
    demographic(u"ethnicity"_s, tr("Ethnicity"), Cell::text(p.ethnicity));
    if (!shared)
        return setEntries(rows);

    rows.append(
        {u"mbi"_s, tr("Medicare number (MBI)"), Cell::text(formatMbi(p.currentMbi(), m_revealed))});
    if (p.deceased) {
        Cell d = p.deceasedDate.isValid() ? Cell::date(p.deceasedDate) : Cell::text(tr("Yes"));
        rows.append({u"deceased"_s, tr("Deceased"), d});
    }
    if (!p.dualStatus.isEmpty())
        rows.append({u"dual_status"_s, tr("Medicare–Medicaid status"),
            decodedCell(decodeKept(u"dual_12"_s, p.dualStatus), p.dualStatus)});
    if (p.referenceYear > 0)
        rows.append({u"reference_year"_s, tr("Reference year"),
            Cell::text(QString::number(p.referenceYear))});
    for (const fhir::PatientIdentifier &id : p.identifiers) {
        if (id.kind == fhir::PatientIdentifier::Kind::Mbi)
            continue; // shown above, masked
        const QString label = id.kind == fhir::PatientIdentifier::Kind::BeneficiaryId
            ? tr("Beneficiary ID")
            : tr("Identifier (%1)").arg(id.typeCode.isEmpty() ? id.system : id.typeCode);
        Cell value = Cell::text(id.value, id.system);
        rows.append({u"identifier"_s, label, value});
    }
    if (p.lastUpdated.isValid()) {
        Cell updated =
            Cell::text(QLocale().toString(p.lastUpdated.toLocalTime(), QLocale::ShortFormat));
        updated.sortKey = p.lastUpdated;
        updated.exportValue = p.lastUpdated.toString(Qt::ISODateWithMs);
        rows.append({u"last_updated"_s, tr("Last updated"), updated});
    }
    setEntries(rows);
}

} // namespace bb::models

#pragma once

#include "fhir/patient.h"
#include "models/keyvaluemodel.h"

namespace bb::models {

// The beneficiary's record as field/value rows: name, birth date, sex, address as given,
// Medicare number (masked unless revealed), race, ethnicity, identifiers. When the person
// did not share "Personal Information" the demographic rows say so instead of looking empty.
class PatientModel : public KeyValueModel
{
    Q_OBJECT
public:
    enum class State : quint8 { Empty, Loaded, NotShared };
    Q_ENUM(State)

    explicit PatientModel(QObject *parent = nullptr);

    void setPatient(const fhir::Patient &patient);
    // Blue Button answered 403 for Patient: demographics were not shared at consent.
    void setNotShared();
    void clear();
    State state() const { return m_state; }
    const fhir::Patient &patient() const { return m_patient; }

    // Medicare numbers are shown as "••••-•••-AA00" until revealed; exports follow the screen.
    void setMbiRevealed(bool revealed);

    // "1S00-E00-AA00", or masked: "••••-•••-AA00".
    static QString formatMbi(const QString &mbi, bool revealed);

Q_SIGNALS:
    void stateChanged();

private:
    void rebuild();

    fhir::Patient m_patient;
    State m_state = State::Empty;
    bool m_revealed = false;
};

} // namespace bb::models

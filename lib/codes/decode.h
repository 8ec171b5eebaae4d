#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace bb::codes {

// Which table a system or extension URL names.
struct FieldId
{
    QString variable; // "ms_cd", "dual_01", "CLM-POS-CD"; empty when not a CMS field
    QString tableId; // "MS_CD", "DUAL_01", "CLM-POS-CD"; empty when no table is known
};
FieldId fieldFromSystem(QStringView systemOrUrl);

// The other fields of the same resource, for meanings that depend on one of them: lower-case
// variable name -> code ("clm_fac_type_cd" -> "7"), and "claim_type" -> "CARRIER", "DME", ...
using Context = QHash<QString, QString>;

// Where the meaning shown comes from.
enum class Source : quint8 {
    None, // no meaning: see Missing
    Server, // the display Medicare sent
    App, // the app's own plain words for a code it knows (translated)
    Codebook, // the CMS codebook bundled with the app
};

// Why there is no meaning.
enum class Missing : quint8 {
    None,
    NotCoded, // a value, not a code (an amount, a date, an identifier): shown as sent
    UnknownField, // a field the codebooks do not describe
    UnknownCode, // a field with a list of codes, but not this one
    DependsOnField, // the meaning depends on another field the resource does not carry
    Ambiguous, // the codebook lists the code more than once, with different meanings
};

struct Decoded
{
    QString variable;
    QString label; // the field's name: plain words when the app knows them, else the codebook's
    QString code;
    QString meaning; // in the app's language when Source::App; empty when Source::None
    QString asSent; // Medicare's own text for the code (server display, else codebook)
    Source source = Source::None;
    Missing missing = Missing::None;

    // What to show: the meaning, the value itself when it is no code, else
    // "code X (Medicare sent no description)".
    QString text() const;
    // The cell text of a coded value that keeps the code first: "code: meaning", or
    // "code (Medicare sent no description)".
    QString cellText() const;
    // "10: Aged without ESRD"-style pair for exports that keep the code; the text() otherwise.
    QString codeAndText() const;
    // One sentence on where the meaning comes from or why there is none (for tooltips).
    QString explanation() const;
    // "Field: explanation", the tooltip of a coded cell: words, never a system URL.
    QString toolTip() const;
};

// The meaning of `code` in the field named by `system` (a system or extension URL), as the
// app shows it: the app's own words for the most common codes (when Medicare's display, if
// any, agrees with the codebook), else Medicare's display, else the codebook's meaning when
// unambiguous (resolved from `context` when it depends on another field), else none. Never
// invents one. Thread-safe; loads the code tables on first use.
Decoded decode(QStringView system, const QString &code, const QString &display = {},
    const Context &context = {});

// The name of a field for people ("Medicare status"), translated where the app knows it,
// else the codebook's label, else the variable name.
QString fieldLabel(QStringView system);
// A name for people of a code system outside the CMS codebooks ("Service code (HCPCS)"),
// translated; empty when the app does not know the system. Never a URL.
QString systemName(QStringView system);
// The codebook's description of a field (English), empty when unknown.
QString fieldDescription(QStringView system);

// The plain, translated words the app has for a code of a table, empty when it has none.
QString plainMeaning(QStringView tableId, QStringView code);
// The plain, translated name the app has for a table's field, empty when it has none.
QString plainLabel(QStringView tableId);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(bb::codes::Texts)
};

} // namespace bb::codes

#include "codes/decode.h"

#include "codes/codetables.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bb::codes {

namespace {

// Systems outside bluebutton.cms.gov whose codes a codebook variable lists.
struct Alias
{
    QLatin1StringView suffix;
    QLatin1StringView table;
};
constexpr Alias kAliases[] = {
    {"nubc.org/CodeSystem/RevenueCodes"_L1, "REV_CNTR"_L1},
    {"nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit"_L1, "CLM_IP_ADMSN_TYPE_CD"_L1},
    {"nubc.org/CodeSystem/PointOfOriginForAdmissionOrVisit"_L1, "CLM_SRC_IP_ADMSN_CD"_L1},
    {"nubc.org/CodeSystem/PatDischargeStatus"_L1, "PTNT_DSCHRG_STUS_CD"_L1},
};

// Whether Medicare's display says what the codebook says (some codebook texts run on into the
// heading of the next group of codes, so a display that starts them agrees too).
bool agrees(const QString &display, const QString &book)
{
    return book.startsWith(display, Qt::CaseInsensitive);
}

} // namespace

FieldId fieldFromSystem(QStringView url)
{
    FieldId id;
    static constexpr QLatin1StringView kVariables = "/resources/variables/"_L1;
    static constexpr QLatin1StringView kCodeSystem = "/fhir/CodeSystem/"_L1;
    if (const qsizetype at = url.indexOf(kVariables); at >= 0) {
        QStringView name = url.mid(at + kVariables.size());
        // Year-qualified names ("ptdcntrct01/2018-1") are the same variable for another year.
        if (const qsizetype slash = name.indexOf(u'/'); slash >= 0)
            name = name.left(slash);
        id.variable = name.toString().toLower();
        id.tableId = id.variable.toUpper();
    } else if (const qsizetype cs = url.indexOf(kCodeSystem); cs >= 0) {
        id.variable = url.mid(cs + kCodeSystem.size()).toString();
        id.tableId = id.variable.toUpper();
    } else {
        for (const Alias &a : kAliases) {
            if (url.endsWith(a.suffix)) {
                id.variable = a.table.toString().toLower();
                id.tableId = a.table.toString();
            }
        }
    }
    if (!id.tableId.isEmpty() && !CodeTables::instance().find(id.tableId))
        id.tableId.clear();
    return id;
}

QString Decoded::text() const
{
    if (!meaning.isEmpty())
        return meaning;
    if (missing == Missing::NotCoded)
        return code;
    return Texts::tr("code %1 (Medicare sent no description)").arg(code);
}

QString Decoded::cellText() const
{
    if (code.isEmpty() || missing == Missing::NotCoded)
        return text();
    if (meaning.isEmpty())
        return Texts::tr("%1 (Medicare sent no description)").arg(code);
    return code + u": "_s + meaning;
}

QString Decoded::codeAndText() const
{
    if (meaning.isEmpty() || code.isEmpty())
        return text();
    return code + u": "_s + meaning;
}

QString Decoded::toolTip() const
{
    QString why = explanation();
    if (label.isEmpty())
        return why;
    return why.isEmpty() ? label : Texts::tr("%1: %2", "field: explanation").arg(label, why);
}

QString Decoded::explanation() const
{
    switch (missing) {
    case Missing::None:
        break;
    case Missing::NotCoded:
        return Texts::tr("A value as Medicare sent it, not a code.");
    case Missing::UnknownField:
        return Texts::tr("Medicare sent no description, and this field is not in the CMS "
                         "codebooks the app carries.");
    case Missing::UnknownCode:
        return Texts::tr("Medicare sent no description, and the CMS codebook does not list "
                         "this code.");
    case Missing::DependsOnField:
        return Texts::tr("Medicare sent no description. The codebook's meaning of this code "
                         "depends on another field that this record does not have.");
    case Missing::Ambiguous:
        return Texts::tr("Medicare sent no description, and the CMS codebook gives this code "
                         "more than one meaning.");
    }
    switch (source) {
    case Source::Server:
        return Texts::tr("Description as Medicare sent it.");
    case Source::App:
        return asSent.isEmpty() ? Texts::tr("In plain words.")
                                : Texts::tr("In plain words. Medicare's text: %1").arg(asSent);
    case Source::Codebook:
        return Texts::tr("Medicare sent no description; this one is from the CMS codebook.");
    case Source::None:
        break;
    }
    return {};
}

Decoded decode(
    QStringView system, const QString &code, const QString &display, const Context &context)
{
    Decoded d;
    d.code = code;
    if (code.isEmpty() && display.isEmpty()) {
        d.missing = Missing::NotCoded; // nothing sent: nothing to show
        return d;
    }
    const FieldId field = fieldFromSystem(system);
    d.variable = field.variable;
    d.label = fieldLabel(system);
    const CodeTable *table =
        field.tableId.isEmpty() ? nullptr : CodeTables::instance().find(field.tableId);

    // What the codebook says for this code: one meaning, or none with the reason.
    QString bookMeaning;
    Missing bookMissing = table ? Missing::None : Missing::UnknownField;
    if (table && table->values.isEmpty()) {
        // A codebook variable with no list: a value (amount, date, identifier), unless its name
        // says it is a code whose list is not bundled (HCPCS/CPT services, modifiers, ICD).
        static const QRegularExpression codeName(u"(_CD\\d*$|_CD_|MDFR|DGNS)"_s);
        bookMissing =
            codeName.match(field.tableId).hasMatch() ? Missing::UnknownCode : Missing::NotCoded;
    } else if (table) {
        QList<const CodeValue *> candidates = table->valuesFor(code);
        bool unresolved = false;
        if (candidates.size() > 1) {
            // Keep the values whose group's condition the other fields meet.
            QList<const CodeValue *> kept;
            for (const CodeValue *v : std::as_const(candidates)) {
                if (v->group < 0 || table->groups.at(v->group).field.isEmpty()) {
                    kept.append(v);
                    continue;
                }
                const ValueGroup &g = table->groups.at(v->group);
                const auto known = context.constFind(g.field);
                if (known == context.cend())
                    unresolved = true;
                else if (g.codes.contains(*known))
                    kept.append(v);
            }
            if (kept.size() == 1 || !unresolved)
                candidates = kept;
        }
        bool agree = !candidates.isEmpty();
        for (const CodeValue *v : std::as_const(candidates))
            agree = agree && v->meaning == candidates.first()->meaning;
        if (agree)
            bookMeaning = candidates.first()->meaning;
        else if (candidates.isEmpty())
            bookMissing = Missing::UnknownCode;
        else
            bookMissing = unresolved ? Missing::DependsOnField : Missing::Ambiguous;
    }

    const QString plain = field.tableId.isEmpty() ? QString() : plainMeaning(field.tableId, code);
    if (!plain.isEmpty() && !bookMeaning.isEmpty()
        && (display.isEmpty() || agrees(display, bookMeaning))) {
        d.meaning = plain;
        d.asSent = display.isEmpty() ? bookMeaning : display;
        d.source = Source::App;
    } else if (!display.isEmpty()) {
        d.meaning = display;
        d.asSent = display;
        d.source = Source::Server;
    } else if (!bookMeaning.isEmpty()) {
        d.meaning = bookMeaning;
        d.asSent = bookMeaning;
        d.source = Source::Codebook;
    } else {
        d.missing = bookMissing;
    }
    return d;
}

QString systemName(QStringView system)
{
    struct Known
    {
        QLatin1StringView suffix;
        const char *name;
    };
    static constexpr Known kKnown[] = {
        {"/codesystem/hcpcs"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Service code (HCPCS)")},
        {"/sid/cpt"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Service code (CPT)")},
        {"/sid/ndc"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Drug code (NDC)")},
        {"/sid/icd-10-cm"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Diagnosis code (ICD-10)")},
        {"/sid/icd-10"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Diagnosis code (ICD-10)")},
        {"/sid/icd-9-cm"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Diagnosis code (ICD-9)")},
        {"/Coding/ICD10"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Procedure code (ICD-10)")},
        {"/sid/us-npi"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Provider number (NPI)")},
        {"/codesystem/eob-type"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Kind of claim")},
        {"/CodeSystem/claim-type"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Kind of claim")},
        {"/codesystem/adjudication"_L1, QT_TRANSLATE_NOOP("bb::codes::Texts", "Amount")},
    };
    for (const Known &k : kKnown) {
        if (system.endsWith(k.suffix, Qt::CaseInsensitive))
            return Texts::tr(k.name);
    }
    return {};
}

QString fieldLabel(QStringView system)
{
    const FieldId field = fieldFromSystem(system);
    if (field.tableId.isEmpty()) {
        if (!field.variable.isEmpty()) {
            const QString plain = plainLabel(field.variable.toUpper());
            return plain.isEmpty() ? field.variable : plain;
        }
        const QString known = systemName(system);
        return known.isEmpty() ? Texts::tr("Code") : known;
    }
    QString plain = plainLabel(field.tableId);
    if (!plain.isEmpty())
        return plain;
    const CodeTable *table = CodeTables::instance().find(field.tableId);
    return table && !table->label.isEmpty() ? table->label : field.variable;
}

QString fieldDescription(QStringView system)
{
    const FieldId field = fieldFromSystem(system);
    const CodeTable *table =
        field.tableId.isEmpty() ? nullptr : CodeTables::instance().find(field.tableId);
    return table ? table->description : QString();
}

} // namespace bb::codes

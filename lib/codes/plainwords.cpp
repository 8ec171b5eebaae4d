#include "codes/decode.h"

#include <QLocale>

using namespace Qt::StringLiterals;

// The app's own plain words for the codes people see most (coverage, patient, claim types):
// each restates the CMS codebook's meaning of that code in everyday words, nothing more. They
// go through tr(), so the Spanish build shows its own Spanish; Medicare's text stays the
// "as sent" value of bb::codes::Decoded.

namespace bb::codes {

namespace {

struct Word
{
    const char *table; // table id without a month suffix: "DUAL", "BUYIN"
    const char *code;
    const char *text;
};

constexpr Word kMeanings[] = {
    {"MS_CD", "10", QT_TRANSLATE_NOOP("bb::codes::Texts", "Age 65 or older, no kidney failure")},
    {"MS_CD", "11",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Age 65 or older, with kidney failure (ESRD)")},
    {"MS_CD", "20", QT_TRANSLATE_NOOP("bb::codes::Texts", "Disability, no kidney failure")},
    {"MS_CD", "21",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Disability, with kidney failure (ESRD)")},
    {"MS_CD", "31", QT_TRANSLATE_NOOP("bb::codes::Texts", "Kidney failure (ESRD) only")},
    {"OREC", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "Age (retirement or survivor benefits)")},
    {"OREC", "1", QT_TRANSLATE_NOOP("bb::codes::Texts", "Disability")},
    {"OREC", "2", QT_TRANSLATE_NOOP("bb::codes::Texts", "Kidney failure (ESRD)")},
    {"OREC", "3", QT_TRANSLATE_NOOP("bb::codes::Texts", "Disability and kidney failure (ESRD)")},
    {"CREC", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "Age (retirement or survivor benefits)")},
    {"CREC", "1", QT_TRANSLATE_NOOP("bb::codes::Texts", "Disability")},
    {"CREC", "2", QT_TRANSLATE_NOOP("bb::codes::Texts", "Kidney failure (ESRD)")},
    {"CREC", "3", QT_TRANSLATE_NOOP("bb::codes::Texts", "Disability and kidney failure (ESRD)")},
    {"ESRD_IND", "Y", QT_TRANSLATE_NOOP("bb::codes::Texts", "Has kidney failure (ESRD)")},
    {"ESRD_IND", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "No kidney failure (ESRD)")},
    {"A_TRM_CD", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "Not ended")},
    {"A_TRM_CD", "1", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended: death")},
    {"A_TRM_CD", "2", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended: premium not paid")},
    {"A_TRM_CD", "3", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended: the person left")},
    {"A_TRM_CD", "9", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended for another reason")},
    {"B_TRM_CD", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "Not ended")},
    {"B_TRM_CD", "1", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended: death")},
    {"B_TRM_CD", "2", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended: premium not paid")},
    {"B_TRM_CD", "3", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended: the person left")},
    {"B_TRM_CD", "9", QT_TRANSLATE_NOOP("bb::codes::Texts", "Ended for another reason")},
    {"DUAL", "**", QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicare Part A or B, no Part D data")},
    {"DUAL", "NA", QT_TRANSLATE_NOOP("bb::codes::Texts", "No Medicaid")},
    {"DUAL", "00", QT_TRANSLATE_NOOP("bb::codes::Texts", "Not in Medicare that month")},
    {"DUAL", "01",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicaid helps with Medicare costs (QMB only)")},
    {"DUAL", "02",
        QT_TRANSLATE_NOOP(
            "bb::codes::Texts", "Medicaid helps with Medicare costs (QMB) and full Medicaid")},
    {"DUAL", "03",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicaid helps with Medicare costs (SLMB only)")},
    {"DUAL", "04",
        QT_TRANSLATE_NOOP(
            "bb::codes::Texts", "Medicaid helps with Medicare costs (SLMB) and full Medicaid")},
    {"DUAL", "05",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicaid helps with Medicare costs (QDWI)")},
    {"DUAL", "06",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicaid helps with Medicare costs (QI)")},
    {"DUAL", "08", QT_TRANSLATE_NOOP("bb::codes::Texts", "Full Medicaid, including drugs")},
    {"DUAL", "09",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicare and Medicaid, without Medicaid coverage")},
    {"DUAL", "99", QT_TRANSLATE_NOOP("bb::codes::Texts", "Unknown")},
    {"BUYIN", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "Not entitled")},
    {"BUYIN", "1", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part A only")},
    {"BUYIN", "2", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part B only")},
    {"BUYIN", "3", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part A and Part B")},
    {"BUYIN", "A", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part A, the state pays")},
    {"BUYIN", "B", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part B, the state pays")},
    {"BUYIN", "C", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part A and Part B, the state pays")},
    {"RACE", "0", QT_TRANSLATE_NOOP("bb::codes::Texts", "Unknown")},
    {"RACE", "1", QT_TRANSLATE_NOOP("bb::codes::Texts", "White")},
    {"RACE", "2", QT_TRANSLATE_NOOP("bb::codes::Texts", "Black")},
    {"RACE", "3", QT_TRANSLATE_NOOP("bb::codes::Texts", "Other")},
    {"RACE", "4", QT_TRANSLATE_NOOP("bb::codes::Texts", "Asian")},
    {"RACE", "5", QT_TRANSLATE_NOOP("bb::codes::Texts", "Hispanic")},
    {"RACE", "6", QT_TRANSLATE_NOOP("bb::codes::Texts", "North American Native")},
    {"NCH_CLM_TYPE_CD", "10", QT_TRANSLATE_NOOP("bb::codes::Texts", "Home health care")},
    {"NCH_CLM_TYPE_CD", "20", QT_TRANSLATE_NOOP("bb::codes::Texts", "Skilled nursing facility")},
    {"NCH_CLM_TYPE_CD", "30", QT_TRANSLATE_NOOP("bb::codes::Texts", "Skilled nursing (swing bed)")},
    {"NCH_CLM_TYPE_CD", "40", QT_TRANSLATE_NOOP("bb::codes::Texts", "Hospital outpatient")},
    {"NCH_CLM_TYPE_CD", "50", QT_TRANSLATE_NOOP("bb::codes::Texts", "Hospice")},
    {"NCH_CLM_TYPE_CD", "60", QT_TRANSLATE_NOOP("bb::codes::Texts", "Hospital stay")},
    {"NCH_CLM_TYPE_CD", "71", QT_TRANSLATE_NOOP("bb::codes::Texts", "Doctor or other provider")},
    {"NCH_CLM_TYPE_CD", "72",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Medical equipment from a local supplier")},
    {"NCH_CLM_TYPE_CD", "81",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Doctor or supplier (regional)")},
    {"NCH_CLM_TYPE_CD", "82", QT_TRANSLATE_NOOP("bb::codes::Texts", "Medical equipment")},
};

constexpr Word kLabels[] = {
    {"MS_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Why you have Medicare")},
    {"OREC", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "First reason for Medicare")},
    {"CREC", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Current reason for Medicare")},
    {"ESRD_IND", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Kidney failure (ESRD)")},
    {"A_TRM_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part A ended")},
    {"B_TRM_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Part B ended")},
    {"DUAL", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicare–Medicaid status")},
    {"BUYIN", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Medicare parts and state help")},
    {"RACE", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Race")},
    {"RFRNC_YR", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Year of this record")},
    {"NCH_CLM_TYPE_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Kind of claim")},
    {"STATE_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "State")},
    {"PRVDR_STATE_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Provider's state")},
    {"LINE_PLACE_OF_SRVC_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Place of service")},
    {"PRVDR_SPCLTY", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Provider specialty")},
    {"PTNT_DSCHRG_STUS_CD", "",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Where the patient went after the stay")},
    {"CLM_FAC_TYPE_CD", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Kind of facility")},
    {"REV_CNTR", "",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Hospital department or service (revenue center)")},
    // Fields the codebooks do not describe, which the API sends all the same.
    {"CARR_CLM_CNTL_NUM", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Claim control number")},
    {"FI_DOC_CLM_CNTL_NUM", "", QT_TRANSLATE_NOOP("bb::codes::Texts", "Claim control number")},
    {"NCH_CLM_PRVDR_PMT_AMT", "",
        QT_TRANSLATE_NOOP("bb::codes::Texts", "Amount paid to the provider")},
};

// "DUAL_07" -> "DUAL", "BUYIN12" -> "BUYIN"; others unchanged.
QString withoutMonth(QStringView tableId)
{
    for (const auto prefix : {"DUAL_"_L1, "BUYIN"_L1}) {
        if (tableId.startsWith(prefix) && tableId.size() == prefix.size() + 2)
            return prefix.endsWith(u'_') ? prefix.chopped(1).toString() : prefix.toString();
    }
    return tableId.toString();
}

} // namespace

QString plainMeaning(QStringView tableId, QStringView code)
{
    const QString table = withoutMonth(tableId);
    for (const Word &w : kMeanings) {
        if (table == QLatin1StringView(w.table) && code == QLatin1StringView(w.code))
            return Texts::tr(w.text);
    }
    return {};
}

QString plainLabel(QStringView tableId)
{
    const QString table = withoutMonth(tableId);
    for (const Word &w : kLabels) {
        if (table != QLatin1StringView(w.table))
            continue;
        // A monthly field names its month: "Medicare–Medicaid status, July".
        if (table.size() != tableId.size()) {
            const int month = tableId.right(2).toInt();
            if (month >= 1 && month <= 12)
                return Texts::tr("%1, %2", "field, month")
                    .arg(Texts::tr(w.text), QLocale().standaloneMonthName(month));
        }
        return Texts::tr(w.text);
    }
    return {};
}

} // namespace bb::codes

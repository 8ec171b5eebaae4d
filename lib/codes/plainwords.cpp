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

#define PLAIN(text) QT_TRANSLATE_NOOP("bb::codes::Texts", text)

constexpr Word kMeanings[] = {
    {"MS_CD", "10", PLAIN("Age 65 or older, no kidney failure")},
    {"MS_CD", "11", PLAIN("Age 65 or older, with kidney failure (ESRD)")},
    {"MS_CD", "20", PLAIN("Disability, no kidney failure")},
    {"MS_CD", "21", PLAIN("Disability, with kidney failure (ESRD)")},
    {"MS_CD", "31", PLAIN("Kidney failure (ESRD) only")},
    {"OREC", "0", PLAIN("Age (retirement or survivor benefits)")},
    {"OREC", "1", PLAIN("Disability")},
    {"OREC", "2", PLAIN("Kidney failure (ESRD)")},
    {"OREC", "3", PLAIN("Disability and kidney failure (ESRD)")},
    {"CREC", "0", PLAIN("Age (retirement or survivor benefits)")},
    {"CREC", "1", PLAIN("Disability")},
    {"CREC", "2", PLAIN("Kidney failure (ESRD)")},
    {"CREC", "3", PLAIN("Disability and kidney failure (ESRD)")},
    {"ESRD_IND", "Y", PLAIN("Has kidney failure (ESRD)")},
    {"ESRD_IND", "0", PLAIN("No kidney failure (ESRD)")},
    {"A_TRM_CD", "0", PLAIN("Not ended")},
    {"A_TRM_CD", "1", PLAIN("Ended: death")},
    {"A_TRM_CD", "2", PLAIN("Ended: premium not paid")},
    {"A_TRM_CD", "3", PLAIN("Ended: the person left")},
    {"A_TRM_CD", "9", PLAIN("Ended for another reason")},
    {"B_TRM_CD", "0", PLAIN("Not ended")},
    {"B_TRM_CD", "1", PLAIN("Ended: death")},
    {"B_TRM_CD", "2", PLAIN("Ended: premium not paid")},
    {"B_TRM_CD", "3", PLAIN("Ended: the person left")},
    {"B_TRM_CD", "9", PLAIN("Ended for another reason")},
    {"DUAL", "**", PLAIN("Medicare Part A or B, no Part D data")},
    {"DUAL", "NA", PLAIN("No Medicaid")},
    {"DUAL", "00", PLAIN("Not in Medicare that month")},
    {"DUAL", "01", PLAIN("Medicaid helps with Medicare costs (QMB only)")},
    {"DUAL", "02", PLAIN("Medicaid helps with Medicare costs (QMB) and full Medicaid")},
    {"DUAL", "03", PLAIN("Medicaid helps with Medicare costs (SLMB only)")},
    {"DUAL", "04", PLAIN("Medicaid helps with Medicare costs (SLMB) and full Medicaid")},
    {"DUAL", "05", PLAIN("Medicaid helps with Medicare costs (QDWI)")},
    {"DUAL", "06", PLAIN("Medicaid helps with Medicare costs (QI)")},
    {"DUAL", "08", PLAIN("Full Medicaid, including drugs")},
    {"DUAL", "09", PLAIN("Medicare and Medicaid, without Medicaid coverage")},
    {"DUAL", "99", PLAIN("Unknown")},
    {"BUYIN", "0", PLAIN("Not entitled")},
    {"BUYIN", "1", PLAIN("Part A only")},
    {"BUYIN", "2", PLAIN("Part B only")},
    {"BUYIN", "3", PLAIN("Part A and Part B")},
    {"BUYIN", "A", PLAIN("Part A, the state pays")},
    {"BUYIN", "B", PLAIN("Part B, the state pays")},
    {"BUYIN", "C", PLAIN("Part A and Part B, the state pays")},
    {"RACE", "0", PLAIN("Unknown")},
    {"RACE", "1", PLAIN("White")},
    {"RACE", "2", PLAIN("Black")},
    {"RACE", "3", PLAIN("Other")},
    {"RACE", "4", PLAIN("Asian")},
    {"RACE", "5", PLAIN("Hispanic")},
    {"RACE", "6", PLAIN("North American Native")},
    {"NCH_CLM_TYPE_CD", "10", PLAIN("Home health care")},
    {"NCH_CLM_TYPE_CD", "20", PLAIN("Skilled nursing facility")},
    {"NCH_CLM_TYPE_CD", "30", PLAIN("Skilled nursing (swing bed)")},
    {"NCH_CLM_TYPE_CD", "40", PLAIN("Hospital outpatient")},
    {"NCH_CLM_TYPE_CD", "50", PLAIN("Hospice")},
    {"NCH_CLM_TYPE_CD", "60", PLAIN("Hospital stay")},
    {"NCH_CLM_TYPE_CD", "71", PLAIN("Doctor or other provider")},
    {"NCH_CLM_TYPE_CD", "72", PLAIN("Medical equipment from a local supplier")},
    {"NCH_CLM_TYPE_CD", "81", PLAIN("Doctor or supplier (regional)")},
    {"NCH_CLM_TYPE_CD", "82", PLAIN("Medical equipment")},
};

constexpr Word kLabels[] = {
    {"MS_CD", "", PLAIN("Why you have Medicare")},
    {"OREC", "", PLAIN("First reason for Medicare")},
    {"CREC", "", PLAIN("Current reason for Medicare")},
    {"ESRD_IND", "", PLAIN("Kidney failure (ESRD)")},
    {"A_TRM_CD", "", PLAIN("Part A ended")},
    {"B_TRM_CD", "", PLAIN("Part B ended")},
    {"DUAL", "", PLAIN("Medicare–Medicaid status")},
    {"BUYIN", "", PLAIN("Medicare parts and state help")},
    {"RACE", "", PLAIN("Race")},
    {"RFRNC_YR", "", PLAIN("Year of this record")},
    {"NCH_CLM_TYPE_CD", "", PLAIN("Kind of claim")},
    {"STATE_CD", "", PLAIN("State")},
    {"PRVDR_STATE_CD", "", PLAIN("Provider's state")},
    {"LINE_PLACE_OF_SRVC_CD", "", PLAIN("Place of service")},
    {"PRVDR_SPCLTY", "", PLAIN("Provider specialty")},
    {"PTNT_DSCHRG_STUS_CD", "", PLAIN("Where the patient went after the stay")},
    {"CLM_FAC_TYPE_CD", "", PLAIN("Kind of facility")},
    {"REV_CNTR", "", PLAIN("Hospital department or service (revenue center)")},
};

#undef PLAIN

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

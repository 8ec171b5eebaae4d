#include "codes/glossary.h"

#include <QCoreApplication>

// The words of the glossary. Each entry explains one field for someone who has never read a
// Medicare bill: what it is, in one to three short sentences, without billing jargon.

namespace bb::codes {

namespace {

struct Entry
{
    const char *key;
    const char *text;
};

constexpr Entry kEntries[] = {
    // Money.
    {"billed",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "What the doctor, hospital or supplier charged for the care. Medicare "
            "usually approves less.")},
    {"allowed",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The amount Medicare approves for the care. The provider cannot be paid more "
            "than this by Medicare and you together, in most cases.")},
    {"medicare_paid",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "What Medicare (or your Medicare plan) paid for this care.")},
    {"deductible",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The amount you pay each year before Medicare starts to pay. This is the "
            "part of it counted on this claim.")},
    {"coinsurance",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Your share of the cost after the deductible, usually 20% of the "
            "approved amount.")},
    {"you_may_owe",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The most the provider can bill you for this claim: your deductible and "
            "coinsurance. Other insurance may pay some of it.")},
    {"not_covered",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Charges Medicare does not pay for. Ask the provider if you must pay "
            "them.")},
    {"paid_to_you",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Money Medicare sent to you instead of to the provider, because you "
            "already paid the bill.")},
    {"other_insurance",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "What another insurance, such as an employer plan, paid before "
            "Medicare.")},
    {"drug_cost",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "The full price of the medicine at the pharmacy.")},
    {"plan_paid",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "What your Medicare drug plan paid the pharmacy.")},
    {"you_paid", QT_TRANSLATE_NOOP("bb::codes::Glossary", "What you paid at the pharmacy.")},
    {"patient_paid", QT_TRANSLATE_NOOP("bb::codes::Glossary", "What you paid at the pharmacy.")},
    // Claim types.
    {"claim_type",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The kind of care the claim is for: a doctor visit, a hospital stay, "
            "medical equipment, a prescription, and so on.")},
    {"claim_type:carrier",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "A visit or service from a doctor or other health professional, "
            "such as a check-up, a test or therapy.")},
    {"claim_type:dme",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Medical equipment and supplies for use at home, such as a walker, "
            "oxygen or diabetes supplies.")},
    {"claim_type:hha",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Care at home from a home health agency, such as nursing or therapy.")},
    {"claim_type:hospice",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "Comfort care for a person with a terminal illness.")},
    {"claim_type:inpatient",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "A stay in a hospital after being admitted.")},
    {"claim_type:outpatient",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Hospital care without being admitted, such as the emergency "
            "room, tests or same-day surgery.")},
    {"claim_type:pde",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "A prescription filled at a pharmacy and paid by your Medicare drug "
            "plan (Part D).")},
    {"claim_type:snf",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "A stay in a skilled nursing facility, usually after a hospital "
            "stay.")},
    // Parts of Medicare.
    {"part", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Medicare has four parts: A, B, C and D.")},
    {"part:a",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Part A: hospital insurance. It covers hospital stays, skilled nursing, "
            "hospice and some home health care.")},
    {"part:b",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Part B: medical insurance. It covers doctor visits, tests, outpatient care "
            "and medical equipment.")},
    {"part:c",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Part C: Medicare Advantage. A private plan approved by Medicare that "
            "replaces Parts A and B, and often D.")},
    {"part:d",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Part D: prescription drug coverage from a private plan approved by "
            "Medicare.")},
    // Statuses.
    {"status",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Whether the coverage or claim is in effect, or was cancelled.")},
    {"status:active", QT_TRANSLATE_NOOP("bb::codes::Glossary", "In effect.")},
    {"status:cancelled", QT_TRANSLATE_NOOP("bb::codes::Glossary", "No longer in effect.")},
    {"status:draft", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Not final yet.")},
    {"status:entered-in-error",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "Made by mistake and not counted.")},
    // The claims list.
    {"service_start",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The first day of the care on this claim.")},
    {"service_end",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The last day of the care on this claim.")},
    {"provider",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Who gave the care or filled the prescription: a doctor, hospital, "
            "supplier or pharmacy.")},
    {"diagnosis_or_drug",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The main health problem the care was for, or the medicine "
            "filled.")},
    {"claim_id",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Medicare's number for this claim. Use it if you call Medicare about the "
            "claim.")},
    {"summary",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The claim in one sentence: the kind of care, who, when, and the money.")},
    // The claim's details.
    {"line", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The number of the service on the claim.")},
    {"service",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The service or item, by its billing code.")},
    {"modifiers",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "Extra codes that tell more about how a service was done.")},
    {"date", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The day of the service.")},
    {"quantity", QT_TRANSLATE_NOOP("bb::codes::Glossary", "How many were given or done.")},
    {"place_of_service",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "Where the care happened, such as an office or a hospital.")},
    {"sequence", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The order in which Medicare lists it.")},
    {"code", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The code Medicare sent.")},
    {"description", QT_TRANSLATE_NOOP("bb::codes::Glossary", "What the code means.")},
    {"code_system",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The list of codes the code comes from, such as ICD-10 for "
            "diagnoses.")},
    {"type",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "What role this diagnosis plays on the claim; the principal one is the main "
            "reason for the care.")},
    {"present_on_admission",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Whether the problem already existed when you were admitted "
            "to the hospital.")},
    {"name", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The person's name.")},
    {"role",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "What the person did for this claim, such as treating or prescribing.")},
    {"identifier",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "The provider's national number (NPI) or other ID.")},
    {"specialty", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The provider's field of medicine.")},
    {"information",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "Other facts Medicare sent with the claim.")},
    {"value", QT_TRANSLATE_NOOP("bb::codes::Glossary", "What Medicare sent for it.")},
    {"start", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The first day.")},
    {"end", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The last day.")},
    {"npi",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "NPI: the National Provider Identifier, a 10-digit number every health care "
            "provider has.")},
    {"ndc",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "NDC: the National Drug Code, the number that names a medicine, its strength "
            "and its package.")},
    {"raw_fhir",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The claim exactly as Medicare sent it, in the FHIR computer format. For "
            "experts; nothing there is missing from the other tabs' meaning.")},
    {"all_codes",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Every coded field Medicare sent for this record, with what it means.")},
    {"where",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Which part of the record the code is in: the whole claim or one line.")},
    {"field", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The name of the field.")},
    {"meaning",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "What the code means, in plain words when the app knows them.")},
    // Drugs.
    {"drug", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The medicine's name and strength.")},
    {"first_fill",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The first time this medicine was filled.")},
    {"last_fill",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The last time this medicine was filled.")},
    {"fills", QT_TRANSLATE_NOOP("bb::codes::Glossary", "How many times it was filled.")},
    {"days_supply",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "How many days the medicine is meant to last.")},
    {"pharmacy",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The pharmacy that filled the prescription.")},
    {"prescriber",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The clinician who wrote the prescription.")},
    // Coverage.
    {"plan",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The Medicare plan or contract for this part, when there is one.")},
    {"details",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "Facts about your Medicare for this part, in plain words.")},
    {"medicare_status",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "Why you have Medicare: age, disability or kidney failure.")},
    {"entitlement_reason", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Why you first got Medicare.")},
    {"current_entitlement_reason",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "Why you have Medicare now.")},
    {"esrd",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Whether Medicare knows of end-stage kidney disease (ESRD), the kind that "
            "needs dialysis or a transplant.")},
    {"dual_status",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Whether you also have Medicaid, your state's health help, and what it "
            "pays.")},
    {"termination",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "Whether and why this part of Medicare ended.")},
    {"group", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The group the coverage belongs to.")},
    {"contract",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "The number of the plan's contract with Medicare.")},
    {"plan_benefit_package",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "The number of the plan's benefit package.")},
    {"payor", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Who pays for this coverage.")},
    {"payer", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Who pays for this coverage.")},
    {"relationship",
        QT_TRANSLATE_NOOP(
            "bb::codes::Glossary", "Your relation to the person the coverage is for.")},
    {"reference_year", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The year this record describes.")},
    {"id", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Medicare's number for this record.")},
    // The person.
    {"birth_date",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "Your date of birth, as Medicare has it.")},
    {"sex", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Your sex, as Medicare has it.")},
    {"address",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "The state and ZIP code Medicare has for you. Medicare shares no street "
            "address.")},
    {"race", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Your race, as Medicare has it.")},
    {"ethnicity", QT_TRANSLATE_NOOP("bb::codes::Glossary", "Your ethnicity, as Medicare has it.")},
    {"mbi",
        QT_TRANSLATE_NOOP("bb::codes::Glossary",
            "Your Medicare number, as on your red, white and blue card. Keep it private.")},
    {"deceased", QT_TRANSLATE_NOOP("bb::codes::Glossary", "The date of death Medicare has.")},
    {"last_updated",
        QT_TRANSLATE_NOOP("bb::codes::Glossary", "When Medicare last changed this record.")},
};

} // namespace

QString Glossary::text(QAnyStringView key)
{
    for (const Entry &e : kEntries) {
        if (QAnyStringView::equal(key, QLatin1StringView(e.key)))
            return QCoreApplication::translate("bb::codes::Glossary", e.text);
    }
    return {};
}

QStringList Glossary::keys()
{
    QStringList all;
    for (const Entry &e : kEntries)
        all << QString::fromLatin1(e.key);
    return all;
}

} // namespace bb::codes

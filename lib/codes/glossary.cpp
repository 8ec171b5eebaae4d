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

#define G(text) QT_TRANSLATE_NOOP("bb::codes::Glossary", text)

constexpr Entry kEntries[] = {
    // Money.
    {"billed",
        G("What the doctor, hospital or supplier charged for the care. Medicare "
          "usually approves less.")},
    {"allowed",
        G("The amount Medicare approves for the care. The provider cannot be paid more "
          "than this by Medicare and you together, in most cases.")},
    {"medicare_paid", G("What Medicare (or your Medicare plan) paid for this care.")},
    {"deductible",
        G("The amount you pay each year before Medicare starts to pay. This is the "
          "part of it counted on this claim.")},
    {"coinsurance",
        G("Your share of the cost after the deductible, usually 20% of the "
          "approved amount.")},
    {"you_may_owe",
        G("The most the provider can bill you for this claim: your deductible and "
          "coinsurance. Other insurance may pay some of it.")},
    {"not_covered",
        G("Charges Medicare does not pay for. Ask the provider if you must pay "
          "them.")},
    {"paid_to_you",
        G("Money Medicare sent to you instead of to the provider, because you "
          "already paid the bill.")},
    {"other_insurance",
        G("What another insurance, such as an employer plan, paid before "
          "Medicare.")},
    {"drug_cost", G("The full price of the medicine at the pharmacy.")},
    {"plan_paid", G("What your Medicare drug plan paid the pharmacy.")},
    {"you_paid", G("What you paid at the pharmacy.")},
    {"patient_paid", G("What you paid at the pharmacy.")},
    // Claim types.
    {"claim_type",
        G("The kind of care the claim is for: a doctor visit, a hospital stay, "
          "medical equipment, a prescription, and so on.")},
    {"claim_type:carrier",
        G("A visit or service from a doctor or other health professional, "
          "such as a check-up, a test or therapy.")},
    {"claim_type:dme",
        G("Medical equipment and supplies for use at home, such as a walker, "
          "oxygen or diabetes supplies.")},
    {"claim_type:hha", G("Care at home from a home health agency, such as nursing or therapy.")},
    {"claim_type:hospice", G("Comfort care for a person with a terminal illness.")},
    {"claim_type:inpatient", G("A stay in a hospital after being admitted.")},
    {"claim_type:outpatient",
        G("Hospital care without being admitted, such as the emergency "
          "room, tests or same-day surgery.")},
    {"claim_type:pde",
        G("A prescription filled at a pharmacy and paid by your Medicare drug "
          "plan (Part D).")},
    {"claim_type:snf",
        G("A stay in a skilled nursing facility, usually after a hospital "
          "stay.")},
    // Parts of Medicare.
    {"part", G("Medicare has four parts: A, B, C and D.")},
    {"part:a",
        G("Part A: hospital insurance. It covers hospital stays, skilled nursing, "
          "hospice and some home health care.")},
    {"part:b",
        G("Part B: medical insurance. It covers doctor visits, tests, outpatient care "
          "and medical equipment.")},
    {"part:c",
        G("Part C: Medicare Advantage. A private plan approved by Medicare that "
          "replaces Parts A and B, and often D.")},
    {"part:d",
        G("Part D: prescription drug coverage from a private plan approved by "
          "Medicare.")},
    // Statuses.
    {"status", G("Whether the coverage or claim is in effect, or was cancelled.")},
    {"status:active", G("In effect.")},
    {"status:cancelled", G("No longer in effect.")},
    {"status:draft", G("Not final yet.")},
    {"status:entered-in-error", G("Made by mistake and not counted.")},
    // The claims list.
    {"service_start", G("The first day of the care on this claim.")},
    {"service_end", G("The last day of the care on this claim.")},
    {"provider",
        G("Who gave the care or filled the prescription: a doctor, hospital, "
          "supplier or pharmacy.")},
    {"diagnosis_or_drug",
        G("The main health problem the care was for, or the medicine "
          "filled.")},
    {"claim_id",
        G("Medicare's number for this claim. Use it if you call Medicare about the "
          "claim.")},
    {"summary", G("The claim in one sentence: the kind of care, who, when, and the money.")},
    // The claim's details.
    {"line", G("The number of the service on the claim.")},
    {"service", G("The service or item, by its billing code.")},
    {"modifiers", G("Extra codes that tell more about how a service was done.")},
    {"date", G("The day of the service.")},
    {"quantity", G("How many were given or done.")},
    {"place_of_service", G("Where the care happened, such as an office or a hospital.")},
    {"sequence", G("The order in which Medicare lists it.")},
    {"code", G("The code Medicare sent.")},
    {"description", G("What the code means.")},
    {"code_system",
        G("The list of codes the code comes from, such as ICD-10 for "
          "diagnoses.")},
    {"type",
        G("What role this diagnosis plays on the claim; the principal one is the main "
          "reason for the care.")},
    {"present_on_admission",
        G("Whether the problem already existed when you were admitted "
          "to the hospital.")},
    {"name", G("The person's name.")},
    {"role", G("What the person did for this claim, such as treating or prescribing.")},
    {"identifier", G("The provider's national number (NPI) or other ID.")},
    {"specialty", G("The provider's field of medicine.")},
    {"information", G("Other facts Medicare sent with the claim.")},
    {"value", G("What Medicare sent for it.")},
    {"start", G("The first day.")},
    {"end", G("The last day.")},
    {"npi",
        G("NPI: the National Provider Identifier, a 10-digit number every health care "
          "provider has.")},
    {"ndc",
        G("NDC: the National Drug Code, the number that names a medicine, its strength "
          "and its package.")},
    {"raw_fhir",
        G("The claim exactly as Medicare sent it, in the FHIR computer format. For "
          "experts; nothing there is missing from the other tabs' meaning.")},
    {"all_codes", G("Every coded field Medicare sent for this record, with what it means.")},
    {"where", G("Which part of the record the code is in: the whole claim or one line.")},
    {"field", G("The name of the field.")},
    {"meaning", G("What the code means, in plain words when the app knows them.")},
    // Drugs.
    {"drug", G("The medicine's name and strength.")},
    {"first_fill", G("The first time this medicine was filled.")},
    {"last_fill", G("The last time this medicine was filled.")},
    {"fills", G("How many times it was filled.")},
    {"days_supply", G("How many days the medicine is meant to last.")},
    {"pharmacy", G("The pharmacy that filled the prescription.")},
    {"prescriber", G("The clinician who wrote the prescription.")},
    // Coverage.
    {"plan", G("The Medicare plan or contract for this part, when there is one.")},
    {"details", G("Facts about your Medicare for this part, in plain words.")},
    {"medicare_status", G("Why you have Medicare: age, disability or kidney failure.")},
    {"entitlement_reason", G("Why you first got Medicare.")},
    {"current_entitlement_reason", G("Why you have Medicare now.")},
    {"esrd",
        G("Whether Medicare knows of end-stage kidney disease (ESRD), the kind that "
          "needs dialysis or a transplant.")},
    {"dual_status",
        G("Whether you also have Medicaid, your state's health help, and what it "
          "pays.")},
    {"termination", G("Whether and why this part of Medicare ended.")},
    {"group", G("The group the coverage belongs to.")},
    {"contract", G("The number of the plan's contract with Medicare.")},
    {"plan_benefit_package", G("The number of the plan's benefit package.")},
    {"payor", G("Who pays for this coverage.")},
    {"payer", G("Who pays for this coverage.")},
    {"relationship", G("Your relation to the person the coverage is for.")},
    {"reference_year", G("The year this record describes.")},
    {"id", G("Medicare's number for this record.")},
    // The person.
    {"birth_date", G("Your date of birth, as Medicare has it.")},
    {"sex", G("Your sex, as Medicare has it.")},
    {"address",
        G("The state and ZIP code Medicare has for you. Medicare shares no street "
          "address.")},
    {"race", G("Your race, as Medicare has it.")},
    {"ethnicity", G("Your ethnicity, as Medicare has it.")},
    {"mbi", G("Your Medicare number, as on your red, white and blue card. Keep it private.")},
    {"deceased", G("The date of death Medicare has.")},
    {"last_updated", G("When Medicare last changed this record.")},
};

#undef G

} // namespace

QString Glossary::text(QStringView key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1StringView(e.key))
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

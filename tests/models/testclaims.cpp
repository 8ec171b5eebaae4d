#include "testclaims.h"

#include "fhir/parser.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

namespace {

std::optional<bb::fhir::Money> scaled(std::optional<bb::fhir::Money> m, int factor)
{
    if (!m)
        return m;
    return bb::fhir::Money::fromCents(m->cents() * factor / 7 + factor);
}

} // namespace

QStringList fixtureFiles()
{
    QStringList files = bb::testdata::sandboxPageFiles();
    for (const char *type :
        {"Carrier", "Dme", "Hha", "Hospice", "Inpatient", "Outpatient", "Pde", "Snf"})
        files << u"bfd-v2-normalized/eobRead%1.json"_s.arg(QLatin1String(type));
    return files;
}

QList<QList<bb::fhir::Claim>> fixturePages()
{
    const QStringList files = fixtureFiles();
    QList<QList<bb::fhir::Claim>> pages;
    QList<bb::fhir::Claim> reads;
    for (const QString &name : files) {
        const QList<bb::fhir::Claim> claims =
            bb::fhir::parseDocument(bb::testdata::readOrFail(name), name).claims;
        if (name.startsWith("sandbox-captured/"_L1))
            pages << claims;
        else
            reads << claims;
    }
    pages << reads;
    return pages;
}

QList<bb::fhir::Claim> fixtureClaims()
{
    QList<bb::fhir::Claim> all;
    for (const QList<bb::fhir::Claim> &page : fixturePages())
        all << page;
    return all;
}

QList<bb::fhir::Claim> generatedClaims(int count, const QDate &today)
{
    const QList<bb::fhir::Claim> templates = fixtureClaims();
    if (templates.isEmpty())
        return {}; // the data is missing: reading it failed the test already
    QList<bb::fhir::Claim> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        bb::fhir::Claim c = templates.at(i % templates.size());
        c.id = bb::fhir::claimTypeKey(c.type) + u"--"_s + QString::number(700000000 + i);
        // A multiplicative walk spreads the days without repeating a pattern per template.
        const QDate start = today.addDays(-qint64((i * 7919LL) % 2200));
        const qint64 length = c.serviceEnd().isValid() && c.serviceStart().isValid()
            ? c.serviceStart().daysTo(c.serviceEnd())
            : 0;
        c.billablePeriod = {start, start.addDays(length)};
        const int factor = 1 + (i * 31) % 97;
        bb::fhir::AmountSummary &a = c.amounts;
        a.billed = scaled(a.billed, factor);
        a.medicarePaid = scaled(a.medicarePaid, factor);
        a.deductible = scaled(a.deductible, factor);
        a.coinsurance = scaled(a.coinsurance, factor);
        a.patientPaid = scaled(a.patientPaid, factor);
        a.drugCost = scaled(a.drugCost, factor);
        if (c.fill) {
            // Several drugs and pharmacies, so grouping and search have something to do.
            static const char *const names[] = {"LISINOPRIL 10 MG TABLET", "Metformin HCl 500 mg",
                "ATORVASTATIN 20 MG TABLET", "Donepezil 5 mg", "LEVOTHYROXINE 50 MCG"};
            const int round = int(i / templates.size());
            const int k = round % 5;
            c.fill->drug.display = QLatin1String(names[k]);
            c.fill->drug.code = u"0000000000"_s + QString::number(k);
            c.fill->pharmacyName = u"Pharmacy%1"_s.arg(QChar(u'A' + (round % 3)));
            c.fill->daysSupply = 30 * (1 + round % 4);
        }
        out << c;
    }
    return out;
}

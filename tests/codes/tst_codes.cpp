#include "codes/codetables.h"
#include "codes/decode.h"
#include "sandbox/syntheticdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::codes::decode;
using bb::codes::Missing;
using bb::codes::Source;

namespace {

const QString kVariables = u"https://bluebutton.cms.gov/resources/variables/"_s;

// One coded or valued field as a resource carries it.
struct Field
{
    QString system;
    QString code;
    QString display;
};

// Every field of a CMS variable in a resource: codings whose system is a variable, and
// extensions whose url is one (with their value, whatever its type).
void collect(const QJsonValue &v, QList<Field> &out)
{
    if (v.isArray()) {
        for (const QJsonValue e : v.toArray())
            collect(e, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QString system = o.value("system"_L1).toString();
    if (system.startsWith(kVariables) && o.contains("code"_L1))
        out.append({system, o.value("code"_L1).toString(), o.value("display"_L1).toString()});
    const QString url = o.value("url"_L1).toString();
    if (url.startsWith(kVariables)) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.key().startsWith("value"_L1) || it.key() == "valueCoding"_L1)
                continue;
            const QJsonValue x = it.value();
            QString value = x.isObject()
                ? x.toObject()
                      .value(x.toObject().contains("value"_L1) ? "value"_L1 : "code"_L1)
                      .toVariant()
                      .toString()
                : x.toVariant().toString();
            out.append({url, value, {}});
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collect(it.value(), out);
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesLoadLazily()
    {
        QVERIFY(!bb::codes::CodeTables::isLoaded()); // nothing asked yet, nothing read
        QElapsedTimer timer;
        timer.start();
        const auto &tables = bb::codes::CodeTables::instance();
        qInfo("code tables read in %lld ms", qlonglong(timer.elapsed()));
        QVERIFY(bb::codes::CodeTables::isLoaded());
        QVERIFY2(tables.tableCount() > 800, qPrintable(QString::number(tables.tableCount())));
        QVERIFY(tables.valueCount() > 10000);
        QVERIFY(tables.heapBytes() > 0);
        const qint64 indexed = tables.heapBytes();
        timer.restart();
        qsizetype values = 0;
        for (const QString &id : tables.tableIds())
            values += tables.find(id)->values.size();
        QCOMPARE(values, tables.valueCount());
        qInfo("code tables: %lld tables, %lld values; %.2f MB on the heap once indexed, %.2f MB "
              "with every table read (%lld ms more)",
            qlonglong(tables.tableCount()), qlonglong(tables.valueCount()),
            double(indexed) / (1024.0 * 1024.0), double(tables.heapBytes()) / (1024.0 * 1024.0),
            qlonglong(timer.elapsed()));
        QVERIFY(tables.find(u"ms_cd") && tables.find(u"CLM-POS-CD"));
        // CPT descriptions (AMA) are never bundled: the HCPCS fields carry no values.
        QVERIFY(tables.find(u"HCPCS_CD"));
        QVERIFY(tables.find(u"HCPCS_CD")->values.isEmpty());
    }

    void fieldNames()
    {
        QCOMPARE(bb::codes::fieldFromSystem(QString(kVariables + u"ptdcntrct01/2018-1"_s)).tableId,
            u"PTDCNTRCT01"_s);
        QCOMPARE(
            bb::codes::fieldFromSystem(u"https://bluebutton.cms.gov/fhir/CodeSystem/CLM-POS-CD")
                .tableId,
            u"CLM-POS-CD"_s);
        QCOMPARE(
            bb::codes::fieldFromSystem(u"https://www.nubc.org/CodeSystem/RevenueCodes").tableId,
            u"REV_CNTR"_s);
        QVERIFY(bb::codes::fieldFromSystem(u"http://example.org/x").tableId.isEmpty());
    }

    void serverDisplayComesFirst()
    {
        const auto d = decode(QString(kVariables + u"ms_cd"_s), u"20"_s, u"Something new"_s);
        QCOMPARE(d.source, Source::Server);
        QCOMPARE(d.text(), u"Something new"_s);
    }

    void plainWordsKeepMedicaresText()
    {
        const auto d =
            decode(QString(kVariables + u"ms_cd"_s), u"20"_s, u"Disabled without ESRD"_s);
        QCOMPARE(d.source, Source::App);
        QCOMPARE(d.text(), u"Disability, no kidney failure"_s);
        QCOMPARE(d.asSent, u"Disabled without ESRD"_s);
        QCOMPARE(d.label, u"Why you have Medicare"_s);
        // A month's dual status and a code with no display: the app's words, the codebook's text.
        const auto dual = decode(QString(kVariables + u"dual_07"_s), u"02"_s);
        QCOMPARE(dual.source, Source::App);
        QVERIFY(dual.asSent.startsWith(u"QMB and full Medicaid"_s));
    }

    void codebookWhenNothingSent()
    {
        const auto d = decode(QString(kVariables + u"clm_fac_type_cd"_s), u"2"_s);
        QCOMPARE(d.source, Source::Codebook);
        QCOMPARE(d.text(), u"Skilled Nursing Facility (SNF)"_s);
        QCOMPARE(d.label, u"Kind of facility"_s);
        const auto state = decode(QString(kVariables + u"state_cd"_s), u"10"_s);
        QCOMPARE(state.text(), u"Florida"_s);
    }

    void unknownCodeSaysSo()
    {
        // The codebook lists Y and 0 for esrd_ind; the sandbox, like BFD, also sends N.
        const auto n = decode(QString(kVariables + u"esrd_ind"_s), u"N"_s);
        QCOMPARE(n.source, Source::None);
        QCOMPARE(n.missing, Missing::UnknownCode);
        QCOMPARE(n.text(), u"code N (Medicare sent no description)"_s);
        QVERIFY(!n.explanation().isEmpty());
        const auto x = decode(QString(kVariables + u"ms_cd"_s), u"77"_s);
        QCOMPARE(x.missing, Missing::UnknownCode);
        QVERIFY(x.text().contains(u"77"_s));
        const auto f = decode(u"http://example.org/codes"_s, u"A1"_s);
        QCOMPARE(f.missing, Missing::UnknownField);
        QCOMPARE(f.text(), u"code A1 (Medicare sent no description)"_s);
    }

    void meaningFromAnotherField()
    {
        const QString type = kVariables + u"clm_srvc_clsfctn_type_cd"_s;
        QCOMPARE(decode(type, u"1"_s).missing, Missing::DependsOnField);
        QCOMPARE(decode(type, u"1"_s, {}, {{u"clm_fac_type_cd"_s, u"7"_s}}).text(),
            u"Rural Health Clinic (RHC)"_s);
        QCOMPARE(decode(type, u"1"_s, {}, {{u"clm_fac_type_cd"_s, u"1"_s}}).text(), u"Inpatient"_s);
        const QString source = kVariables + u"clm_src_ip_admsn_cd"_s;
        QCOMPARE(decode(source, u"1"_s, {}, {{u"clm_ip_admsn_type_cd"_s, u"4"_s}}).text(),
            u"Normal delivery – A baby delivered without complications."_s);
        // A code only the non-newborn list has needs no context.
        QVERIFY(decode(source, u"B"_s).text().startsWith(u"Transfer from Another Home"_s));
    }

    void ambiguousCodeHasNoMeaning()
    {
        // The pricer's return codes mean different things by type of bill: no guess.
        const auto d = decode(QString(kVariables + u"clm_prcr_rtrn_cd"_s), u"00"_s);
        QCOMPARE(d.missing, Missing::Ambiguous);
        QVERIFY(d.meaning.isEmpty());
    }

    // Every CMS variable the built-in sandbox sends decodes, or says why not.
    void everySandboxVariable()
    {
        bb::sandbox::SyntheticData data(1);
        QList<Field> fields;
        for (int user : {0, 10000}) {
            const auto bene = data.population().at(user);
            collect(QJsonDocument::fromJson(data.patientJson(bene)).object(), fields);
            for (const QByteArray &c : data.coverageJson(bene))
                collect(QJsonDocument::fromJson(c).object(), fields);
            const auto list = data.claims(bene);
            for (const auto &stub : list->claims)
                collect(QJsonDocument::fromJson(data.eobJson(bene, stub)).object(), fields);
        }
        QVERIFY(fields.size() > 1000);
        // Fields the codebooks do not describe, and why that is fine: identifiers and an amount.
        const QSet<QString> undescribed {
            u"carr_clm_cntl_num"_s, u"fi_doc_clm_cntl_num"_s, u"nch_clm_prvdr_pmt_amt"_s};
        QSet<QString> variables, decoded, explained;
        for (const Field &f : std::as_const(fields)) {
            const auto d = decode(f.system, f.code, f.display);
            variables.insert(d.variable);
            QVERIFY2(d.source != Source::None || d.missing != Missing::None,
                qPrintable(f.system + u' ' + f.code));
            QVERIFY(!d.text().isEmpty());
            QVERIFY2(!d.label.startsWith(u"http"_s), qPrintable(d.label));
            if (d.missing == Missing::UnknownField)
                QVERIFY2(undescribed.contains(d.variable), qPrintable(d.variable));
            else
                QVERIFY2(!bb::codes::fieldDescription(f.system).isEmpty()
                        || !bb::codes::CodeTables::instance().find(d.variable),
                    qPrintable(d.variable));
            if (d.source != Source::None) {
                decoded.insert(d.variable);
            } else {
                QVERIFY(!d.explanation().isEmpty());
                explained.insert(d.variable);
            }
        }
        qInfo("%lld variables: %lld with a meaning for every value seen or some, %lld explained",
            qlonglong(variables.size()), qlonglong(decoded.size()), qlonglong(explained.size()));
        QVERIFY(variables.size() > 150);
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"

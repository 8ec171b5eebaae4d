// The store's binary form of typed resources: it must give back exactly what the JSON reader
// produced, and refuse (never crash on) bytes it did not write.
#include "fhir/binarycodec.h"
#include "fhir/parser.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::fhir;

class TestBinaryCodec : public QObject
{
    Q_OBJECT

    TypedResources m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList files {u"bfd-v2-normalized/eobByPatientIdAll.json"_s,
            u"bfd-v2-normalized/eobReadByPatientWithSamhsa.json"_s,
            u"bfd-v2-normalized/eobReadCarrierWithMultipleLines.json"_s,
            u"bfd-v2-normalized/eobReadInpatient.json"_s, u"bfd-v2-normalized/eobReadPde.json"_s,
            u"bfd-v2-normalized/eobReadSnf.json"_s, u"bfd-v2-normalized/eobReadDme.json"_s,
            u"bfd-v2-normalized/eobReadHha.json"_s, u"bfd-v2-normalized/eobReadHospice.json"_s,
            u"bfd-v2-normalized/coverageSearchByPatientId.json"_s,
            u"bfd-v2-normalized/patientRead.json"_s,
            u"bb2-openapi-examples/v2_eob_search_bundle.json"_s};
        for (const QString &file : files + bb::testdata::sandboxPageFiles()) {
            BB_READ_FIXTURE(json, file);
            const Document doc = parseDocument(json, file);
            m_all.patients += doc.patients;
            m_all.coverages += doc.coverages;
            m_all.claims += doc.claims;
        }
        QVERIFY(m_all.patients.size() >= 1);
        QVERIFY(m_all.coverages.size() >= 3);
        QVERIFY(m_all.claims.size() >= 60);
    }

    void roundTripGivesBackWhatWasRead()
    {
        const QByteArray bytes = binarycodec::encode(m_all);
        const auto back = binarycodec::decode(bytes);
        QVERIFY(back);
        QCOMPARE(back->patients.size(), m_all.patients.size());
        QCOMPARE(back->coverages.size(), m_all.coverages.size());
        QCOMPARE(back->claims.size(), m_all.claims.size());
        // Every field is written: the second encoding is the first, byte for byte.
        QCOMPARE(binarycodec::encode(*back), bytes);

        for (qsizetype i = 0; i < m_all.claims.size(); ++i) {
            const Claim &a = m_all.claims.at(i);
            const Claim &b = back->claims.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.lastUpdated, a.lastUpdated);
            QCOMPARE(b.lastUpdated.offsetFromUtc(), a.lastUpdated.offsetFromUtc());
            QCOMPARE(b.billablePeriod.start, a.billablePeriod.start);
            QCOMPARE(b.items.size(), a.items.size());
            QCOMPARE(b.diagnoses.size(), a.diagnoses.size());
            QCOMPARE(b.amounts.patientResponsibility(), a.amounts.patientResponsibility());
            QCOMPARE(b.amounts.billed, a.amounts.billed);
            QCOMPARE(b.payment, a.payment);
            QCOMPARE(bool(b.fill), bool(a.fill));
            QCOMPARE(b.providerDisplayName(), a.providerDisplayName());
            for (qsizetype l = 0; l < a.items.size(); ++l) {
                QCOMPARE(b.items.at(l).service.code, a.items.at(l).service.code);
                QCOMPARE(b.items.at(l).modifiers, a.items.at(l).modifiers);
                QCOMPARE(b.items.at(l).quantity, a.items.at(l).quantity);
                QCOMPARE(b.items.at(l).adjudications.size(), a.items.at(l).adjudications.size());
            }
        }
        const Patient &p = back->patients.constFirst();
        QCOMPARE(p.displayName(), m_all.patients.constFirst().displayName());
        QCOMPARE(p.currentMbi(), m_all.patients.constFirst().currentMbi());
        QCOMPARE(p.birthDate, m_all.patients.constFirst().birthDate);
        QCOMPARE(back->coverages.constFirst().details.size(),
            m_all.coverages.constFirst().details.size());
    }

    void equalStringsAreWrittenOnce()
    {
        const qsizetype none = binarycodec::encode({}).size();
        const qsizetype once = binarycodec::encode({{}, {}, m_all.claims}).size();
        const qsizetype twice = binarycodec::encode({{}, {}, m_all.claims + m_all.claims}).size();
        // The repeat costs its structure, not its text again.
        QVERIFY2(twice - once < (once - none) * 9 / 10,
            qPrintable(u"%1 %2 %3"_s.arg(none).arg(once).arg(twice)));
        // And a string read back shares the buffer of its equals.
        const auto back = binarycodec::decode(binarycodec::encode({{}, {}, m_all.claims}));
        QVERIFY(back);
        QVERIFY(back->claims.at(0).status.isSharedWith(back->claims.at(1).status));
    }

    void refusesWhatItDidNotWrite()
    {
        QVERIFY(!binarycodec::decode({}));
        QVERIFY(!binarycodec::decode("not a store at all"));
        const QByteArray bytes = binarycodec::encode({{}, m_all.coverages, m_all.claims.mid(0, 3)});
        QVERIFY(binarycodec::decode(bytes));
        // Cut anywhere: refused, never a crash or a half-read result.
        for (qsizetype n = 0; n < bytes.size(); n += 7)
            QVERIFY2(!binarycodec::decode(bytes.left(n)), qPrintable(QString::number(n)));
        // Another version: refused.
        QByteArray other = bytes;
        other[7] = char(other.at(7) + 1);
        QVERIFY(!binarycodec::decode(other));
        // A damaged length or string number: refused (with no huge allocation).
        for (qsizetype at = 12; at < bytes.size(); at += 97) {
            QByteArray damaged = bytes;
            damaged[at] = char(0xff);
            damaged[at + 1 < damaged.size() ? at + 1 : at] = char(0xff);
            const auto result = binarycodec::decode(damaged);
            Q_UNUSED(result); // may or may not be refused, but must return
        }
        QByteArray trailing = bytes + "x";
        QVERIFY(!binarycodec::decode(trailing));
    }
};

QTEST_GUILESS_MAIN(TestBinaryCodec)
#include "tst_fhir_binarycodec.moc"

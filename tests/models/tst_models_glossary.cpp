#include "codes/glossary.h"
#include "models/claimdetailmodels.h"
#include "models/claimlistmodel.h"
#include "models/claimsentence.h"
#include "models/codedfieldsmodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/patientmodel.h"
#include "models/roles.h"
#include "testclaims.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using bb::codes::Glossary;

// Every field the app shows has a "What's this?" in plain English and plain Spanish.
class TestModelsGlossary : public QObject
{
    Q_OBJECT

    // The column keys of every table a view shows, and the row keys of the field/value pages.
    static QStringList shownKeys()
    {
        QStringList keys;
        bb::models::ClaimListModel claims;
        bb::models::LineItemsModel lines;
        bb::models::DiagnosesModel diagnoses;
        bb::models::ProceduresModel procedures;
        bb::models::CareTeamModel careTeam;
        bb::models::SupportingInfoModel info;
        bb::models::CodedFieldsModel coded;
        bb::models::DrugsModel drugs;
        bb::models::CoverageModel coverage;
        for (const QAbstractItemModel *m :
            std::initializer_list<const QAbstractItemModel *> {&claims, &lines, &diagnoses,
                &procedures, &careTeam, &info, &coded, &drugs, &coverage}) {
            for (int c = 0; c < m->columnCount(); ++c)
                keys << m->headerData(c, Qt::Horizontal, bb::models::ColumnKeyRole).toString();
        }
        bb::fhir::Patient p;
        bb::fhir::HumanName name;
        name.family = u"Doe"_s;
        p.names.append(name);
        p.birthDate = QDate(1950, 1, 2);
        p.gender = u"female"_s;
        p.state = u"10"_s;
        p.postalCode = u"33101"_s;
        p.race = u"1"_s;
        p.dualStatus = u"AA"_s;
        p.referenceYear = 2024;
        bb::fhir::PatientIdentifier mbi;
        mbi.kind = bb::fhir::PatientIdentifier::Kind::Mbi;
        mbi.value = u"1S00E00AA00"_s;
        p.identifiers.append(mbi);
        p.lastUpdated = QDateTime::currentDateTimeUtc();
        bb::models::PatientModel patient;
        patient.setPatient(p);
        for (int r = 0; r < patient.rowCount(); ++r)
            keys << patient.index(r, 0).data(bb::models::ColumnKeyRole).toString();
        // Money words, claim types, parts, statuses, and the words of the claim detail.
        keys << u"deductible"_s << u"coinsurance"_s << u"not_covered"_s << u"paid_to_you"_s
             << u"other_insurance"_s << u"allowed"_s << u"npi"_s << u"ndc"_s << u"raw_fhir"_s
             << u"all_codes"_s << u"summary"_s;
        for (const char *t :
            {"carrier", "dme", "hha", "hospice", "inpatient", "outpatient", "pde", "snf"})
            keys << u"claim_type:"_s + QLatin1StringView(t);
        for (const char *part : {"a", "b", "c", "d"})
            keys << u"part:"_s + QLatin1StringView(part);
        for (const char *s : {"active", "cancelled", "draft", "entered-in-error"})
            keys << u"status:"_s + QLatin1StringView(s);
        keys.removeDuplicates();
        return keys;
    }

private Q_SLOTS:
    void everyShownFieldHasEnglish()
    {
        const QStringList keys = shownKeys();
        QVERIFY(keys.size() > 60);
        for (const QString &key : keys)
            QVERIFY2(!Glossary::text(key).isEmpty(), qPrintable(u"no glossary text: "_s + key));
    }

    void everyShownFieldHasSpanish()
    {
        QTranslator es;
        QVERIFY(es.load(u":/i18n/bbviewer_es.qm"_s));
        QCoreApplication::installTranslator(&es);
        for (const QString &key : shownKeys()) {
            const QString text = Glossary::text(key);
            QVERIFY2(!text.isEmpty(), qPrintable(key));
            QCoreApplication::removeTranslator(&es);
            const QString english = Glossary::text(key);
            QCoreApplication::installTranslator(&es);
            QVERIFY2(text != english, qPrintable(u"not translated: "_s + key));
        }
        QCoreApplication::removeTranslator(&es);
    }

    void columnHeadersExplainThemselves()
    {
        bb::models::ClaimListModel claims;
        for (int c = 0; c < claims.columnCount(); ++c) {
            const QString tip = claims.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY(!tip.isEmpty());
            QCOMPARE(claims.headerData(c, Qt::Horizontal, Qt::WhatsThisRole).toString(), tip);
        }
    }

    void shortSentences()
    {
        for (const QString &key : Glossary::keys()) {
            const QString text = Glossary::text(key);
            for (const QString &sentence : text.split(u". "_s))
                QVERIFY2(sentence.split(u' ').size() <= 25, qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelsGlossary)
#include "tst_models_glossary.moc"

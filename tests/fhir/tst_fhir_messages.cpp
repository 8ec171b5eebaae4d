#include "core/languages.h"
#include "fhir/parser.h"
#include "fhir/rawresources.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

// What the reader says about bad input reaches the person in their language: the run-time
// translation contexts are the ones the catalogue files the messages under.
class TestFhirMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslators(*QCoreApplication::instance(), u"es"_s)); }

    void readerMessagesAreTranslated()
    {
        const fhir::Document empty = fhir::parseDocument(QByteArrayView(), u"a.json"_s);
        QCOMPARE(empty.errors.size(), 1);
        QVERIFY2(empty.errors.first().message.contains(u"el archivo está vacío"_s),
            qPrintable(empty.errors.first().message));

        // A message of the document walk (DocumentReader) and the splitter's twin.
        const QByteArray bundle =
            R"({"resourceType":"Bundle","type":"searchset","entry":[{"fullUrl":"x"}]})";
        const fhir::Document typed = fhir::parseDocument(bundle, u"b.json"_s);
        QVERIFY(!typed.errors.isEmpty());
        QVERIFY2(
            typed.errors.first().message.contains(u"una entrada del paquete no tiene recurso"_s),
            qPrintable(typed.errors.first().message));
        const fhir::RawDocument raw = fhir::splitResources(bundle, u"b.json"_s);
        QVERIFY(!raw.errors.isEmpty());
        QCOMPARE(raw.errors.first().message, typed.errors.first().message);
    }
};

QTEST_GUILESS_MAIN(TestFhirMessages)
#include "tst_fhir_messages.moc"

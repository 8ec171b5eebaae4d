#include "core/languages.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit es") << u"es"_s << u"en_US"_s << u"es"_s;
        QTest::newRow("explicit with region") << u"es_MX"_s << u"en_US"_s << u"es"_s;
        QTest::newRow("explicit BCP47 upper") << u"ES-us"_s << u"en_US"_s << u"es"_s;
        QTest::newRow("explicit unsupported") << u"de"_s << u"es_ES"_s << QString();
        QTest::newRow("system es") << QString() << u"es_PR"_s << u"es"_s;
        QTest::newRow("system en") << QString() << u"en_GB"_s << u"en"_s;
        QTest::newRow("system other falls back") << QString() << u"fr_FR"_s << u"en"_s;
    }

    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(bb::resolveLanguage(requested, QLocale(system)), expected);
    }

    void catalogueLoadsSpanish()
    {
        int argc = 1;
        char arg0[] = "tst_languages";
        char *argv[] = {arg0, nullptr};
        QCoreApplication app(argc, argv);
        QVERIFY(bb::installTranslators(app, u"es"_s));
        QCOMPARE(QCoreApplication::translate("bb::MainWindow", "Blue Button Viewer"),
            u"Visor de Blue Button"_s);
    }

    void catalogueForUnknownLanguageFails()
    {
        int argc = 1;
        char arg0[] = "tst_languages";
        char *argv[] = {arg0, nullptr};
        QCoreApplication app(argc, argv);
        QVERIFY(!bb::installTranslators(app, u"xx"_s));
        QCOMPARE(QCoreApplication::translate("bb::MainWindow", "Blue Button Viewer"),
            u"Blue Button Viewer"_s);
    }
};

QTEST_APPLESS_MAIN(TestLanguages)
#include "tst_languages.moc"

#include "aboutdialog.h"
#include "account/diagnostics.h"
#include "appcontroller.h"
#include "auth/memorysecretstore.h"
#include "auth/redaction.h"
#include "core/appinfo.h"
#include "core/recentlog.h"
#include "core/shippedcomponents.h"
#include "diagnosticsdialog.h"
#include "fhir/capabilitystatement.h"
#include "mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using bb::AboutDialog;
using bb::AppController;
using bb::DiagnosticsDialog;
using bb::MainWindow;

// Help → About and Help → Diagnostics: what they say, and that a support request copied from
// Diagnostics carries no secret.
class TestAboutDiagnostics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Made-up secrets of the shapes the app handles, each logged the way code might log it.
    static QStringList secrets()
    {
        return {u"atok_4f9c2b7e1d8a6f3c5b0e9d2a7c4f1b8e"_s,
            u"rtok_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"_s, u"codeQ1w2E3r4T5y6U7i8O9p0"_s,
            u"csec_ZXCVBNMASDFGHJKLQWERTYUIOP123456"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bb::initApplicationInfo();
        // As main() does: the recent log first, so it receives what the redaction left.
        bb::installRecentLog();
        bb::auth::installRedactingMessageHandler();
    }

    void aboutShowsVersionBuildDateAndQt()
    {
        AboutDialog about;
        const QString text = about.summaryText();
        QVERIFY2(
            text.contains(u"Blue Button Viewer " BBVIEWER_VERSION_STRING ""_s), qPrintable(text));
        QCOMPARE(bb::applicationVersion(), u"" BBVIEWER_VERSION_STRING ""_s);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(bb::buildDate()).hasMatch());
        QVERIFY2(text.contains(bb::buildDate()), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    }

    void aboutListsEveryLicenceInFull()
    {
        AboutDialog about;
        const QList<bb::ShippedComponent> all = bb::shippedComponents();
        QCOMPARE(about.components()->count(), all.size());
        QStringList names;
        for (const auto &c : all)
            names << c.name;
        for (const QString &required : {u"Qt 6"_s, u"simdjson"_s, u"QtKeychain"_s, u"libsodium"_s,
                 u"Zstandard"_s, u"zlib"_s, u"CMS Blue Button data"_s})
            QVERIFY2(names.contains(required), qPrintable(required));

        // Each licence's full text, recognised by words only that licence has.
        const QHash<QString, QString> marks {
            {u"GPL-3.0-or-later"_s, u"GNU GENERAL PUBLIC LICENSE"_s},
            {u"GPL-3.0-only"_s, u"GNU GENERAL PUBLIC LICENSE"_s},
            {u"LGPL-3.0-only"_s, u"GNU LESSER GENERAL PUBLIC LICENSE"_s},
            {u"Apache-2.0"_s, u"Apache License"_s},
            {u"BSD-2-Clause"_s, u"Redistribution and use in source and binary forms"_s},
            {u"BSD-3-Clause"_s, u"Neither the name"_s},
            {u"ISC"_s, u"Permission to use, copy, modify, and/or distribute"_s},
            {u"Zlib"_s, u"This software is provided 'as-is'"_s},
            {u"CC0-1.0"_s, u"CC0 1.0 Universal"_s},
        };
        for (int row = 0; row < all.size(); ++row) {
            const bb::ShippedComponent &c = all.at(row);
            QVERIFY2(marks.contains(c.licence), qPrintable(c.licence));
            about.components()->setCurrentRow(row);
            const QString shown = about.licenceView()->toPlainText();
            QVERIFY2(shown.contains(c.name) && shown.contains(c.licence), qPrintable(c.name));
            QVERIFY2(shown.contains(marks.value(c.licence)), qPrintable(c.name));
            QVERIFY2(bb::licenceText(c).size() > 500, qPrintable(c.name));
        }
        // The LGPL comes with the GPL it builds on.
        const auto qt = std::find_if(
            all.cbegin(), all.cend(), [](const auto &c) { return c.name == u"Qt 6"_s; });
        QVERIFY(bb::licenceText(*qt).contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    }

    void diagnosticsShowsTheServersCapabilities()
    {
        QSettings settings(m_dir.filePath(u"caps.ini"_s), QSettings::IniFormat);
        AppController controller(settings, new bb::auth::MemorySecretStore);
        QVERIFY(controller.startLocalSandbox());
        DiagnosticsDialog dialog(&controller);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isAskingServer(), 15000);
        const QString text = dialog.text();
        QVERIFY2(
            text.contains(u"Blue Button Viewer " BBVIEWER_VERSION_STRING ""_s), qPrintable(text));
        QVERIFY2(text.contains(u"API base: http://127.0.0.1:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"FHIR version: 4.0.1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Software: Blue Button API: Direct"_s), qPrintable(text));
        QVERIFY2(text.contains(u"    ExplanationOfBenefit: "_s), qPrintable(text));
        QVERIFY2(QRegularExpression(u"ExplanationOfBenefit: [^\\n]*_lastUpdated"_s)
                     .match(text)
                     .hasMatch(),
            qPrintable(text));
        QVERIFY2(text.contains(u"Keychain: "_s), qPrintable(text));
    }

    void diagnosticsWithoutServerSaysSo()
    {
        QSettings settings(m_dir.filePath(u"noserver.ini"_s), QSettings::IniFormat);
        AppController controller(settings, new bb::auth::MemorySecretStore);
        DiagnosticsDialog dialog(&controller);
        QVERIFY(!dialog.isAskingServer());
        QVERIFY2(
            dialog.text().contains(u"demo server is not running"_s), qPrintable(dialog.text()));
    }

    // What a person pastes into a support request: the recent log is in it, no secret is.
    void diagnosticsHoldsNothingSecret()
    {
        const QStringList s = secrets();
        for (const QString &secret : s)
            bb::auth::registerSecret(secret);
        qWarning("token refreshed: access %s", qPrintable(s.at(0)));
        qWarning(
            "POST /token body: grant_type=refresh_token&refresh_token=%s", qPrintable(s.at(1)));
        qWarning("redirect: http://127.0.0.1/cb?code=%s&state=xyz", qPrintable(s.at(2)));
        qWarning("Authorization: Bearer %s", qPrintable(s.at(3)));
        qWarning("diagnostics-test-marker");

        QSettings settings(m_dir.filePath(u"secrets.ini"_s), QSettings::IniFormat);
        AppController controller(settings, new bb::auth::MemorySecretStore);
        QVERIFY(controller.startLocalSandbox());
        DiagnosticsDialog dialog(&controller);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isAskingServer(), 15000);
        const QString text = dialog.text();
        QVERIFY2(text.contains(u"diagnostics-test-marker"_s), qPrintable(text));
        QVERIFY2(text.contains(bb::auth::redactionMarker()), qPrintable(text));
        for (const QString &secret : s)
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        dialog.copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        for (const QString &secret : s)
            bb::auth::unregisterSecret(secret);
    }

    // The person's identity stays out of the report, wherever it turns up.
    void diagnosticsTextMasksThePerson()
    {
        bb::account::DiagnosticsInfo info;
        info.version = u"1.2.3"_s;
        info.environment = u"Sandbox"_s;
        info.apiBase = QUrl(u"https://user:pw@sandbox.bluebutton.cms.gov/?access_token=abc#x"_s);
        info.lastSync = {u"Problem: no record for -19990000000001"_s};
        info.log = {u"12:00:00 bb.net info: GET Patient/-19990000000001 for Jane Q Public"_s};
        info.privateValues = {u"-19990000000001"_s, u"Jane Q Public"_s, QString()};
        const QString text = bb::account::diagnosticsText(info);
        QVERIFY(!text.contains(u"-19990000000001"_s));
        QVERIFY(!text.contains(u"Jane Q Public"_s));
        QVERIFY2(
            text.contains(u"API base: https://sandbox.bluebutton.cms.gov/\n"_s), qPrintable(text));
        QVERIFY(!text.contains(u"pw@"_s));
        QVERIFY(!text.contains(u"access_token"_s));
        QVERIFY2(text.contains(u"Recent log (1 line"_s), qPrintable(text));
    }

    void lastSyncSummary()
    {
        bb::account::RecordState state;
        state.lastSync = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        state.lastFullSync = state.lastSync.addDays(-2);
        state.complete = true;
        state.serverClaimTotal = 43;
        const QStringList lines = bb::account::lastSyncSummary(state, 43, true, {});
        QVERIFY2(
            lines.contains(u"Finished: 2026-12-01T09:30:00Z"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"Kind: only what changed"_s));
        QVERIFY(lines.contains(u"Complete: yes"_s));
        QVERIFY(lines.contains(u"Claims shown: 43 (the server counts 43)"_s));
        QVERIFY(lines.contains(u"Problem: none"_s));
    }

    void capabilityStatementReader()
    {
        QString why;
        QVERIFY(!bb::fhir::readCapabilityStatement("{\"resourceType\":\"Bundle\"}", &why));
        QVERIFY(why.contains(u"Bundle"_s));
        QVERIFY(!bb::fhir::readCapabilityStatement("not json", &why));
        const auto c = bb::fhir::readCapabilityStatement(
            R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1",
                "software":{"name":"S","version":"9"},
                "rest":[{"resource":[{"type":"Patient","searchParam":[{"name":"_id"}]}]}]})");
        QVERIFY(c);
        QCOMPARE(c->fhirVersion, u"4.0.1"_s);
        QCOMPARE(c->resources.size(), 1);
        QCOMPARE(c->resources.at(0).searchParams, QStringList {u"_id"_s});
    }

    void windowTitleNamesThePerson()
    {
        QCOMPARE(MainWindow::titleFor({}), u"Blue Button Viewer"_s);
        QCOMPARE(MainWindow::titleFor(u"María José Núñez-Ibáñez"_s),
            u"María José Núñez-Ibáñez — Blue Button Viewer"_s);
        MainWindow window;
        QCOMPARE(window.windowTitle(), u"Blue Button Viewer"_s);
    }

    // For docs/screenshots: <build>/about-screenshots/.
    void screenshots()
    {
        const QString dir = QString::fromUtf8(BB_BINARY_DIR) + u"/about-screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        AboutDialog about;
        about.resize(760, 560);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY(about.grab().save(dir + u"/about.png"_s));
        about.tabs()->setCurrentIndex(1);
        about.components()->setCurrentRow(4);
        QVERIFY(about.grab().save(dir + u"/about-licences.png"_s));

        QSettings settings(m_dir.filePath(u"shots.ini"_s), QSettings::IniFormat);
        AppController controller(settings, new bb::auth::MemorySecretStore);
        QVERIFY(controller.startLocalSandbox());
        DiagnosticsDialog dialog(&controller);
        dialog.resize(820, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isAskingServer(), 15000);
        QVERIFY(dialog.grab().save(dir + u"/diagnostics.png"_s));
    }

    void helpMenuOpensDiagnostics()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(u"diagnosticsAction"_s);
        QVERIFY(action);
        action->trigger();
        QVERIFY(window.diagnosticsDialog());
        QVERIFY(window.diagnosticsDialog()->isVisible());
        QVERIFY(window.diagnosticsDialog()->text().contains(u"No server chosen."_s));
    }
};

QTEST_MAIN(TestAboutDiagnostics)
#include "tst_about_diagnostics.moc"

#include "auth/environment.h"
#include "auth/environmentsettings.h"
#include "auth/signedinaccounts.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

// The program as a person runs it, with a real keychain (gnome-keyring on a private bus, from
// tests/auth/run_keychain_test.sh): an export keeps the record where the app keeps it, and
// --offline reads it back in another process, with the sandbox stopped.
class TestCliKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    // The sandbox lives in this process, so the wait keeps this event loop turning.
    Result runProgram(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"BBVIEWER_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BB_VIEWER_EXE), QStringList {u"export"_s} + args);
        Result r;
        if (!p.waitForStarted(10000))
            return r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void keptByOneRunReadOfflineByTheNext()
    {
        auto server = std::make_unique<sandbox::SandboxServer>(1);
        QVERIFY(server->listen());
        sandbox::walker::Client client(server->baseUrl());
        sandbox::walker::FlowOptions login;
        login.user = u"BBUser00002"_s;
        const QJsonObject token = sandbox::walker::login(client, login);
        const QString patient = token.value(u"patient"_s).toString();
        QVERIFY(!patient.isEmpty());
        const QString base = server->baseUrl().toString();

        // The app's settings (bb::initApplicationInfo() names the file): its custom server is
        // the sandbox, and this person signed in there.
        QSettings settings(
            m_dir.filePath(u"config/bbviewer/bbviewer.conf"_s), QSettings::IniFormat);
        auth::Environment custom = auth::Environment::defaults(auth::Environment::Kind::Custom);
        custom.setBaseUrl(server->baseUrl());
        custom.setClientId(sandbox::SandboxServer::demoClient().clientId);
        QVERIFY(auth::EnvironmentSettings(settings).save(custom));
        auth::SignedInAccounts(settings).remember(auth::Environment::Kind::Custom, patient);
        settings.sync();

        const QString tokenPath = m_dir.filePath(u"token"_s);
        {
            QFile f(tokenPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            f.write(token.value(u"access_token"_s).toString().toUtf8() + '\n');
        }

        const QString online = m_dir.filePath(u"online.csv"_s);
        Result r = runProgram({u"--env"_s, base, u"--access-token-file"_s, tokenPath,
            u"--patient"_s, patient, u"--output"_s, online});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // nothing to say: the record is kept
        QCOMPARE(readAll(online).count("\r\n"), 1 + 3);
        QCOMPARE(QDir(m_dir.filePath(u"data/store"_s)).entryList(QDir::Files).size(), 1);

        server.reset(); // nothing answers there any more
        const QString offline = m_dir.filePath(u"offline.csv"_s);
        r = runProgram({u"--env"_s, base, u"--offline"_s, u"--output"_s, offline});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.startsWith("Data as of "), r.err.constData());
        QCOMPARE(readAll(offline), readAll(online));
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"

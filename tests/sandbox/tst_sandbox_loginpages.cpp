#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using bb::sandbox::SandboxServer;

// The pages a person sees (mock Medicare.gov login and consent) and the bbsandbox executable.
class TestSandboxLoginPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    // GET /authorize with valid parameters, then the login page it redirects to.
    Reply loginPage(const Headers &headers = {}, const QString &extraQuery = {})
    {
        FlowOptions o;
        const QString query = QString::fromLatin1(form({{u"client_id"_s, o.clientId},
            {u"redirect_uri"_s, o.redirectUri}, {u"response_type"_s, u"code"_s},
            {u"state"_s, o.state}, {u"code_challenge"_s, pkceChallenge(o.verifier)},
            {u"code_challenge_method"_s, u"S256"_s}}));
        const Reply r = m_client->get(u"/v2/o/authorize/?"_s + query + extraQuery, headers);
        if (r.status != 302)
            return r;
        return m_client->get(r.location(m_client->base()).toString(), headers);
    }

    static bool hasId(const QByteArray &html, const char *id)
    {
        return html.contains(QByteArray(QByteArray("id=\"") + id + '"'));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(5);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<Client>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void englishLoginInTwoSteps()
    {
        const Reply page = loginPage();
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("<html lang=\"en\">"));
        QVERIFY(hasId(page.body, "username-textbox"));
        QVERIFY(hasId(page.body, "continue-button"));
        QVERIFY(page.body.contains(">Continue<"));
        QVERIFY(page.body.contains("<label for=\"username-textbox\">Username</label>"));
        QVERIFY(!hasId(page.body, "password-textbox"));
        const QString relay = inputValue(page.body, u"relay"_s);
        const Reply step2 = m_client->post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"username"_s},
                {u"username"_s, u"BBUser00000"_s}}));
        QVERIFY(hasId(step2.body, "password-textbox"));
        QVERIFY(hasId(step2.body, "login-button"));
        QVERIFY(step2.body.contains(">Log in<"));
        QVERIFY(step2.body.contains("type=\"password\""));
        QVERIFY(!hasId(step2.body, "login-error"));
    }

    void consentPageEnglish()
    {
        const FlowOptions o;
        Reply page = loginPage();
        const QString relay = inputValue(page.body, u"relay"_s);
        page = m_client->post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"password"_s},
                {u"username"_s, u"BBUser00000"_s}, {u"password"_s, u"PW00000!"_s}}));
        QCOMPARE(page.status, 302);
        page = m_client->get(page.location(m_client->base()).toString());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Connect your Medicare claims data to bbviewer Demo?"));
        QVERIFY(page.body.contains("will have access to your data for 13 months, until "));
        const QString until = QLocale(QLocale::English, QLocale::UnitedStates)
                                  .toString(QDate::currentDate().addMonths(13), u"MMMM d, yyyy"_s);
        QVERIFY2(page.body.contains(until.toUtf8()), qPrintable(until));
        QVERIFY(QString::fromUtf8(page.body).contains(QRegularExpression(
            QString::fromUtf8("<input type=\"checkbox\" id=\"radio_1\" "
                              "name=\"share_demographic_scopes\" value=\"True\" checked"))));
        QVERIFY(page.body.contains("<label for=\"radio_1\">Personal Information</label>"));
        QVERIFY(page.body.contains("Your name, address, date of birth, race, and sex"));
        QVERIFY(QString::fromUtf8(page.body).contains(QRegularExpression(QString::fromUtf8(
            "<button type=\"submit\" id=\"approve\" name=\"allow\"[^>]*>Connect</button>"))));
        QVERIFY(QString::fromUtf8(page.body).contains(QRegularExpression(
            QString::fromUtf8("<button type=\"submit\" id=\"deny\"[^>]*>Cancel</button>"))));
    }

    void spanishByLangParameter()
    {
        FlowOptions o;
        const Reply page = loginPage({}, u"&lang=es"_s);
        QVERIFY(page.body.contains("<html lang=\"es\">"));
        QVERIFY(page.body.contains(">Continuar<"));
        QVERIFY(page.body.contains("Nombre de usuario"));
        // The whole flow stays in Spanish.
        const QString relay = inputValue(page.body, u"relay"_s);
        Reply r = m_client->post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"password"_s}, {u"lang"_s, u"es"_s},
                {u"username"_s, u"BBUser00000"_s}, {u"password"_s, u"mal"_s}}));
        QVERIFY(r.body.contains(">Entrar<"));
        QVERIFY(r.body.contains("Su nombre de usuario o contrase\xc3\xb1"
                                "a no coinciden"));
        r = m_client->post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"password"_s}, {u"lang"_s, u"es"_s},
                {u"username"_s, u"BBUser00000"_s}, {u"password"_s, u"PW00000!"_s}}));
        r = m_client->get(r.location(m_client->base()).toString());
        QVERIFY(
            r.body.contains("\xc2\xbf"
                            "Conectar sus datos de reclamaciones de Medicare con bbviewer Demo?"));
        QVERIFY(r.body.contains("Informaci\xc3\xb3n personal"));
        QVERIFY(r.body.contains(">Conectar<"));
        QVERIFY(r.body.contains(">Cancelar<"));
        QVERIFY(r.body.contains("durante 13 meses, hasta el "));
    }

    void spanishByAcceptLanguage()
    {
        const Reply page = loginPage({{"Accept-Language", "es-US,es;q=0.9,en;q=0.5"}});
        QVERIFY(page.body.contains("<html lang=\"es\">"));
        const Reply english = loginPage({{"Accept-Language", "en-US,en;q=0.9"}});
        QVERIFY(english.body.contains("<html lang=\"en\">"));
        // lang= wins over the header.
        const Reply forced = loginPage({{"Accept-Language", "es"}}, u"&lang=en"_s);
        QVERIFY(forced.body.contains("<html lang=\"en\">"));
    }

    void consentBoxUntickedForTheDecliningUser()
    {
        FlowOptions o;
        o.user = u"BBUser00004"_s;
        Reply page = loginPage();
        const QString relay = inputValue(page.body, u"relay"_s);
        page = m_client->post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"password"_s}, {u"username"_s, o.user},
                {u"password"_s, u"PW00004!"_s}}));
        page = m_client->get(page.location(m_client->base()).toString());
        QVERIFY(page.body.contains("id=\"radio_1\""));
        QVERIFY(!QString::fromUtf8(page.body).contains(
            QRegularExpression(QString::fromUtf8("id=\"radio_1\"[^>]*checked"))));
    }

    void staleRelayAndApprovalAreRefused()
    {
        QCOMPARE(m_client->get(u"/mymedicare/login?relay=nope"_s).status, 400);
        QCOMPARE(m_client
                     ->post(u"/v2/o/authorize/00000000-0000-0000-0000-000000000000/"_s,
                         form({{u"allow"_s, u"Connect"_s}}))
                     .status,
            400);
        const FlowResult done = authorize(*m_client, FlowOptions());
        QCOMPARE(done.last.status, 302);
    }

    void standaloneExecutable()
    {
        QProcess p;
        p.start(QStringLiteral(BB_SANDBOX_EXE),
            {u"--port"_s, u"0"_s, u"--seed"_s, u"9"_s, u"--latency-ms"_s, u"1"_s});
        QVERIFY(p.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(p.readAllStandardOutput())).count(u'\n') >= 4, 10000);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(u"base_url=http://127.0.0.1:"_s));
        QCOMPARE(lines.at(1), u"client_id="_s + SandboxServer::demoClient().clientId);
        QCOMPARE(lines.at(2), u"client_secret="_s + SandboxServer::demoClient().clientSecret);
        QCOMPARE(lines.at(3), u"redirect_uri=http://127.0.0.1/callback"_s);
        Client client(QUrl(lines.at(0).mid(9)));
        const QJsonObject t = login(client);
        QCOMPARE(t.value(u"patient"_s).toString(), u"-10000010254618"_s);
        p.terminate();
        QVERIFY(p.waitForFinished(5000));

        QProcess help;
        help.start(QStringLiteral(BB_SANDBOX_EXE), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        const QByteArray text = help.readAllStandardOutput();
        for (const char *flag : {"--port", "--seed", "--latency-ms", "--jitter-ms", "--error-rate",
                 "--throttle-rate", "--throttle-storm", "--retry-after", "--rate-limit",
                 "--truncate-rate", "--drop-rate", "--slow-body-bps", "--token-lifetime",
                 "--looping-next", "--faults-on-oauth"})
            QVERIFY2(text.contains(flag), flag);

        QProcess bad;
        bad.start(QStringLiteral(BB_SANDBOX_EXE), {u"--error-rate"_s, u"2"_s});
        QVERIFY(bad.waitForFinished(10000));
        QVERIFY(bad.exitCode() != 0);
        QVERIFY(bad.readAllStandardError().contains("--error-rate"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLoginPages)
#include "tst_sandbox_loginpages.moc"

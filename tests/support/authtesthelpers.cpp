#include "authtesthelpers.h"

#include "auth/autherror.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace authtest {

QList<RecordingNam::Request> RecordingNam::to(const QString &pathSuffix) const
{
    QList<Request> out;
    for (const Request &r : requests) {
        if (r.url.path().endsWith(pathSuffix))
            out << r;
    }
    return out;
}

QNetworkReply *RecordingNam::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    Request r;
    r.url = request.url();
    r.authorization = request.rawHeader("Authorization");
    r.verb = op == PostOperation ? "POST"_ba : op == GetOperation ? "GET"_ba : "OTHER"_ba;
    QBuffer *copy = nullptr;
    if (outgoingData) {
        r.body = outgoingData->readAll();
        copy = new QBuffer(this);
        copy->setData(r.body);
        copy->open(QIODevice::ReadOnly);
    }
    requests << r;
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, copy);
    if (copy)
        copy->setParent(reply);
    return reply;
}

void RecordingStore::doWrite(const bb::auth::SecretId &id, const QString &value, Callback done)
{
    events << u"write %1 %2"_s.arg(id.name, value);
    if (failWrites) {
        QTimer::singleShot(0, this, [done] {
            done(Result {Status::Failed, {}, u"refused by the test"_s});
        });
        return;
    }
    Q_EMIT written(id.name, value);
    MemorySecretStore::doWrite(id, value, std::move(done));
}

void RecordingStore::doRemove(const bb::auth::SecretId &id, Callback done)
{
    events << u"remove %1"_s.arg(id.name);
    MemorySecretStore::doRemove(id, std::move(done));
}

Rig::Rig()
{
    sandbox.listen();
    environment = bb::auth::Environment::defaults(bb::auth::Environment::Kind::Local);
    environment.setBaseUrl(sandbox.baseUrl());
    const auto demo = bb::sandbox::SandboxServer::demoClient();
    environment.setClientId(demo.clientId);
    clientSecret = demo.clientSecret;
    makeSession();
}

Rig::~Rig()
{
    session.reset();
}

void Rig::makeSession()
{
    session = std::make_unique<bb::auth::Session>(environment, clientSecret, &store, &driver, &nam);
}

bb::auth::AuthError Rig::signInResult()
{
    QSignalSpy ok(session.get(), &bb::auth::Session::signedIn);
    QSignalSpy bad(session.get(), &bb::auth::Session::signInFailed);
    session->signIn();
    [[maybe_unused]] const bool finished =
        QTest::qWaitFor([&] { return ok.size() + bad.size() > 0; }, 20000);
    if (!bad.isEmpty())
        return bad.first().first().value<bb::auth::AuthError>();
    if (ok.isEmpty())
        return bb::auth::AuthError::make(bb::auth::AuthError::Kind::Server, u"timeout"_s);
    return {};
}

bool Rig::signIn(const QString &user)
{
    driver.choices.user = user;
    return !signInResult().isError();
}

static QNetworkReply *waitFor(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

int Rig::fhirStatus(const QString &accessToken, const QString &path)
{
    QNetworkAccessManager plain;
    QNetworkRequest request(environment.fhirBaseUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QNetworkReply *reply = waitFor(plain.get(request));
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int Rig::refreshStatus(const QString &refreshToken, QByteArray *body)
{
    QNetworkAccessManager plain;
    QNetworkRequest request(environment.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    const QByteArray data =
        form({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken},
            {u"client_id"_s, environment.clientId()}, {u"client_secret"_s, clientSecret}});
    QNetworkReply *reply = waitFor(plain.post(request, data));
    reply->deleteLater();
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString Rig::storedRefreshToken(const QString &patientId)
{
    QString value;
    bool done = false;
    QObject context;
    store.read(bb::auth::SecretId::refreshToken(environment.id(), patientId), &context,
        [&](const bb::auth::SecretStore::Result &r) {
            value = r.value;
            done = true;
        });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 5000);
    return value;
}

} // namespace authtest

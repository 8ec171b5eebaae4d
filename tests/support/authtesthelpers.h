#pragma once

#include "auth/environment.h"
#include "auth/memorysecretstore.h"
#include "auth/session.h"
#include "sandbox/sandboxserver.h"
#include "sandboxlogin.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace authtest {

// A QNetworkAccessManager that keeps a copy of every request it sends (method, URL, headers,
// body), so tests can check what went over the wire.
class RecordingNam : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QByteArray authorization;
    };
    QList<Request> requests;
    QList<Request> to(const QString &pathSuffix) const;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

// A memory store that records what happened, in order ("write <name> <value>", ...). It
// stands in for the OS keychain, so it says that it persists.
class RecordingStore : public bb::auth::MemorySecretStore
{
    Q_OBJECT

public:
    QStringList events;
    bool failWrites = false;

    bool isPersistent() const override { return true; }

Q_SIGNALS:
    void written(const QString &name, const QString &value);

protected:
    void doWrite(const bb::auth::SecretId &id, const QString &value, Callback done) override;
    void doRemove(const bb::auth::SecretId &id, Callback done) override;
};

// The sandbox, a session on it, and the recording pieces around the session.
struct Rig
{
    Rig();
    ~Rig();

    bb::sandbox::SandboxServer sandbox {1};
    RecordingNam nam;
    RecordingStore store;
    bb::auth::Environment environment;
    QString clientSecret;
    HttpLoginDriver driver {QUrl(QStringLiteral("http://127.0.0.1:53682/callback"))};
    std::unique_ptr<bb::auth::Session> session;

    void makeSession(); // again, after changing environment or clientSecret
    // Signs in and waits; true on signedIn.
    bool signIn(const QString &user = QStringLiteral("BBUser00000"));
    // Waits for the sign-in to end; returns the error (kind None on success).
    bb::auth::AuthError signInResult();

    // Synchronous helpers for direct checks against the sandbox (tests only).
    int fhirStatus(const QString &accessToken, const QString &path = QStringLiteral("Coverage/"));
    int refreshStatus(const QString &refreshToken, QByteArray *body = nullptr);
    QString storedRefreshToken(const QString &patientId);
};

} // namespace authtest

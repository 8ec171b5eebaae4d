#pragma once

#include "sandbox/datachanges.h"
#include "sandbox/faults.h"
#include "sandbox/sandboxclock.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace bb::sandbox {

class Population;
class SyntheticData;
struct HttpRequest;
struct HttpResponse;

// Credentials of an application registered in the sandbox.
struct DemoClient
{
    QString clientId;
    QString clientSecret;
    QString name;
    QStringList redirectUris; // [0] http://127.0.0.1/callback: any port (RFC 8252 loopback)
};

// A local stand-in for sandbox.bluebutton.cms.gov (see docs/sandbox.md): the v2 OAuth server
// with a mock Medicare.gov login, and the FHIR API over deterministic synthetic data.
//
//   bb::sandbox::SandboxServer sandbox(/*seed*/ 42);
//   if (!sandbox.listen()) ...                     // 127.0.0.1, ephemeral port
//   QUrl base = sandbox.baseUrl();                 // http://127.0.0.1:PORT
//   auto client = SandboxServer::demoClient();
//   sandbox.setFaults({.latencyMs = 50, .errorRate = 0.1});
//   sandbox.clock().advance(61);                   // codes expire without sleeping
//   sandbox.setDataChanges(DataChanges::withDefaults(7)); // claims change as days pass
//   sandbox.changeClaims(patientId, {.added = 2, .updated = 1}); // or right now
//
// It serves on the thread it lives in; move it to a worker thread before listen() to keep a
// busy GUI or benchmark thread from delaying its answers.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(quint64 seed = 1, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds to 127.0.0.1 only. Port 0 picks a free one. False if the port is taken.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;

    static DemoClient demoClient();
    static DemoClient otherClient(); // a second app, for cross-application checks
    // base_url=, client_id=, client_secret=, redirect_uri= lines for scripts.
    QString banner() const;

    quint64 seed() const;
    void setFaults(const FaultSettings &faults);
    FaultSettings faults() const;
    SandboxClock &clock();

    // Data that change as sandbox time passes after the clock's origin (off by default).
    void setDataChanges(const DataChanges &changes);
    DataChanges dataChanges() const;
    // Applies a scripted change to one beneficiary's claims at the clock's now and names the
    // claims it touched; empty for an unknown patient id.
    AppliedChanges changeClaims(const QString &patientId, const ClaimChanges &changes);
    // Gives Patient (a new address) or one Coverage part (Part D: a new plan) a newer
    // meta.lastUpdated at the clock's now. False for an unknown patient id.
    bool updateDemographics(const QString &patientId, Demographics which);
    const Population &population() const;
    SyntheticData &data();

    // What the sandbox's Medicare.gov "Connected apps" page and its admin would do.
    void expireGrants(const QString &patientId);
    void revokeGrants(const QString &patientId);

    // Builds every claim of `username` ahead of time (about 2 s for the 10,000-claim user), so
    // that a benchmark's timed run does not include the generation. Returns the claim count,
    // or -1 for an unknown user.
    int warmUp(const QString &username);

    int requestCount() const;

Q_SIGNALS:
    void requestServed(const QString &method, const QString &path, int status);

private:
    void onRequest(const HttpRequest &request, QTcpSocket *socket);
    HttpResponse route(const HttpRequest &request);
    HttpResponse injectedError(int status) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bb::sandbox

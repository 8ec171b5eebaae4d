#include "sandbox/sandboxserver.h"

#include "sandbox/fhirendpoints.h"
#include "sandbox/hostguard.h"
#include "sandbox/httpfront.h"
#include "sandbox/httpmessage.h"
#include "sandbox/oauthendpoints.h"
#include "sandbox/oauthstore.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/syntheticdata.h"

#include <QCache>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

// Writes a body a few bytes at a time, for the slow-body knob.
class Trickle : public QObject
{
public:
    Trickle(QTcpSocket *socket, QByteArray data, int bytesPerSecond, bool closeAfter)
        : QObject(socket)
        , m_socket(socket)
        , m_data(std::move(data))
        , m_chunk(std::max(1, bytesPerSecond / 20))
        , m_closeAfter(closeAfter)
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, &Trickle::step);
        m_timer.start();
    }

private:
    void step()
    {
        if (m_offset >= m_data.size()) {
            m_timer.stop();
            if (m_closeAfter)
                m_socket->disconnectFromHost();
            deleteLater();
            return;
        }
        const QByteArray part = m_data.mid(m_offset, m_chunk);
        m_offset += part.size();
        m_socket->write(part);
    }

    QTcpSocket *m_socket;
    QByteArray m_data;
    qsizetype m_offset = 0;
    int m_chunk;
    bool m_closeAfter;
    QTimer m_timer;
};

} // namespace

struct SandboxServer::Private
{
    explicit Private(quint64 seed)
        : data(seed, &clock)
        , store(&clock, seed)
    {
    }

    SandboxClock clock;
    SyntheticData data;
    OAuthStore store;
    FaultInjector injector;
    std::unique_ptr<OAuthEndpoints> oauth;
    std::unique_ptr<FhirEndpoints> fhir;
    std::unique_ptr<HttpFront> front;
    quint16 port = 0;
    int requests = 0;
    QCache<QByteArray, QByteArray> gzipCache {32 * 1024}; // KiB
};

SandboxServer::SandboxServer(quint64 seed, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(seed))
{
    auto base = [this] { return baseUrl(); };
    d->oauth = std::make_unique<OAuthEndpoints>(
        d->store, d->data, d->clock,
        [this] { return d->injector.settings().accessTokenLifetimeSeconds; }, base);
    d->fhir = std::make_unique<FhirEndpoints>(
        *d->oauth, d->data, d->clock, [this] { return d->injector.settings(); }, base);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    d->front = std::make_unique<HttpFront>(
        [this](const HttpRequest &request, QTcpSocket *socket) { onRequest(request, socket); },
        this);
    // Loopback only: this server hands out tokens to anyone who knows BBUser00000.
    d->port = d->front->listen(QHostAddress::LocalHost, port);
    if (d->port == 0) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
        d->front.reset();
        return false;
    }
    qCDebug(lcSandbox) << "listening on" << baseUrl();
    return true;
}

bool SandboxServer::isListening() const
{
    return d->front && d->port != 0;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

static DemoClient toDemoClient(const ClientApp &app)
{
    return {app.clientId, app.clientSecret, app.name, app.redirectUris};
}

DemoClient SandboxServer::demoClient()
{
    return toDemoClient(OAuthStore::registeredClients().at(0));
}

DemoClient SandboxServer::otherClient()
{
    return toDemoClient(OAuthStore::registeredClients().at(1));
}

QString SandboxServer::banner() const
{
    const DemoClient c = demoClient();
    return u"base_url=%1\nclient_id=%2\nclient_secret=%3\nredirect_uri=%4\n"_s.arg(
        baseUrl().toString(), c.clientId, c.clientSecret, c.redirectUris.first());
}

quint64 SandboxServer::seed() const
{
    return d->data.seed();
}

void SandboxServer::setFaults(const FaultSettings &faults)
{
    d->injector.setSettings(faults);
}

FaultSettings SandboxServer::faults() const
{
    return d->injector.settings();
}

SandboxClock &SandboxServer::clock()
{
    return d->clock;
}

void SandboxServer::setDataChanges(const DataChanges &changes)
{
    d->data.setChanges(changes);
}

DataChanges SandboxServer::dataChanges() const
{
    return d->data.changes();
}

AppliedChanges SandboxServer::changeClaims(const QString &patientId, const ClaimChanges &changes)
{
    const auto bene = d->data.population().byPatientId(patientId);
    if (!bene)
        return {};
    return d->data.applyClaimChanges(*bene, changes);
}

bool SandboxServer::updateDemographics(const QString &patientId, Demographics which)
{
    const auto bene = d->data.population().byPatientId(patientId);
    if (!bene)
        return false;
    d->data.updateDemographics(*bene, which);
    return true;
}

const Population &SandboxServer::population() const
{
    return d->data.population();
}

SyntheticData &SandboxServer::data()
{
    return d->data;
}

void SandboxServer::expireGrants(const QString &patientId)
{
    if (const auto bene = d->data.population().byPatientId(patientId))
        d->store.expireGrants(bene->index);
}

void SandboxServer::revokeGrants(const QString &patientId)
{
    if (const auto bene = d->data.population().byPatientId(patientId))
        d->store.deleteGrants(bene->index);
}

int SandboxServer::warmUp(const QString &username)
{
    const auto bene = d->data.population().byUsername(username);
    if (!bene || !bene->hasRecord)
        return -1;
    const auto list = d->data.claims(*bene);
    for (const ClaimStub &claim : list->claims)
        d->data.eobJson(*bene, claim);
    return int(list->claims.size());
}

int SandboxServer::requestCount() const
{
    return d->requests;
}

HttpResponse SandboxServer::route(const HttpRequest &request)
{
    if (auto r = d->oauth->handle(request))
        return *r;
    if (auto r = d->fhir->handle(request))
        return *r;
    return HttpResponse::html(404,
        u"<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n"
        "<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n"
        "</body>\n</html>\n"_s);
}

HttpResponse SandboxServer::injectedError(int status) const
{
    switch (status) {
    case 429: {
        const int wait = std::max(1, d->injector.settings().retryAfterSeconds);
        HttpResponse r = HttpResponse::detail(429,
            u"Request was throttled. Expected available in %1 %2."_s.arg(wait).arg(
                wait == 1 ? u"second"_s : u"seconds"_s));
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    case 502:
        return HttpResponse::detail(502, u"A failure occurred contacting the upstream server"_s);
    case 503:
        // What the load balancer in front of BB2 answers: HTML, not JSON.
        return HttpResponse::html(503,
            u"<html>\r\n<head><title>503 Service Temporarily "
            u"Unavailable</title></head>\r\n<body>\r\n"
            "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n"_s);
    default:
        return HttpResponse::html(500,
            u"\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error "
            u"(500)</title>\n</head>\n"
            "<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n"_s);
    }
}

void SandboxServer::onRequest(const HttpRequest &request, QTcpSocket *socket)
{
    ++d->requests;
    // A page that rebound its own host name to 127.0.0.1 gets nothing, not even a fault.
    const std::optional<HttpResponse> refused = refuseForeignRequest(request, d->port);
    const FaultPlan plan = refused ? FaultPlan {} : d->injector.plan(request.path);
    HttpResponse resp = refused ? *refused
        : plan.forcedStatus     ? injectedError(plan.forcedStatus)
                                : route(request);

    // The real server's throttle middleware stamps every response.
    if (resp.headerValue("X-RateLimit-Limit").isEmpty()) {
        resp.setHeader("X-RateLimit-Limit", "None");
        resp.setHeader("X-RateLimit-Remaining", "None");
        resp.setHeader("X-RateLimit-Reset", "None");
    }
    QByteArray body = resp.body;
    if (plan.truncate)
        body.truncate(body.size() / 2);
    bool gzipped = false;
    if (body.size() >= 1024 && request.acceptsGzip()) {
        const bool reusable = !resp.cacheKey.isEmpty() && !plan.truncate;
        const QByteArray *cached = reusable ? d->gzipCache.object(resp.cacheKey) : nullptr;
        const QByteArray compressed = cached ? *cached : gzipCompress(body);
        if (reusable && !cached)
            d->gzipCache.insert(resp.cacheKey, new QByteArray(compressed),
                std::max<qsizetype>(1, compressed.size() / 1024));
        if (!compressed.isEmpty() && compressed.size() < body.size()) {
            body = compressed;
            gzipped = true;
        }
    }
    const bool closeAfter = request.header("connection").toLower() == "close";

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reasonPhrase(resp.status) + "\r\n";
    head += "Content-Type: " + resp.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (gzipped)
        head += "Content-Encoding: gzip\r\n";
    head += "Vary: Accept-Encoding, Cookie\r\n";
    head += "X-Frame-Options: DENY\r\n";
    for (const auto &h : std::as_const(resp.headers))
        head += h.first + ": " + h.second + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";

    qCDebug(lcSandbox).noquote() << request.method
                                 << request.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                                 << "->" << resp.status << body.size() << "bytes" << plan.delayMs
                                 << "ms delay";
    Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, resp.status);

    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, head, body, plan, closeAfter] {
        QTcpSocket *s = guard.data();
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        if (plan.drop) {
            s->write(head + body.left(body.size() / 2));
            s->flush();
            s->abort();
            return;
        }
        if (plan.slowBytesPerSecond > 0) {
            s->write(head);
            new Trickle(s, body, plan.slowBytesPerSecond, closeAfter);
            return;
        }
        s->write(head + body);
        if (closeAfter)
            s->disconnectFromHost();
    };
    if (plan.delayMs > 0)
        QTimer::singleShot(plan.delayMs, socket, send);
    else
        send();
}

} // namespace bb::sandbox

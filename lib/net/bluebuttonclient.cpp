#include "net/bluebuttonclient.h"

#include "api/replylimit.h"
#include "api/tokenprovider.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bb::net {

namespace {

QUrl withTrailingSlash(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(u'/')) {
        path += u'/';
        url.setPath(path);
    }
    return url;
}

} // namespace

Endpoints Endpoints::fromUrls(const QUrl &fhirBase, const QUrl &userInfo)
{
    return {withTrailingSlash(fhirBase), userInfo};
}

Endpoints Endpoints::fromBaseUrl(const QUrl &base)
{
    const QUrl root = withTrailingSlash(base);
    return {root.resolved(QUrl(u"v2/fhir/"_s)), root.resolved(QUrl(u"v2/connect/userinfo"_s))};
}

BlueButtonClient::BlueButtonClient(const Endpoints &endpoints, api::TokenProvider *tokens,
    QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_endpoints {withTrailingSlash(endpoints.fhirBase), endpoints.userInfo}
    , m_tokens(tokens)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
}

BlueButtonClient::~BlueButtonClient() = default;

FetchJob *BlueButtonClient::startJob(const FetchJob::Request &request)
{
    auto *job = new FetchJob(request, m_nam, m_tokens, m_options, this);
    // Started from the event loop, so the caller connects to the job before anything happens.
    QMetaObject::invokeMethod(job, &FetchJob::start, Qt::QueuedConnection);
    Q_EMIT jobStarted(job);
    return job;
}

QUrl BlueButtonClient::searchUrl(
    const QString &resource, const QList<QPair<QString, QString>> &items) const
{
    // Trailing slash: the real server's paths are slash-terminated (Django APPEND_SLASH).
    QUrl url = m_endpoints.fhirBase.resolved(QUrl(resource + u'/'));
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    query.addQueryItem(u"_count"_s, QString::number(m_options.pageSize));
    url.setQuery(query);
    return url;
}

FetchJob *BlueButtonClient::fetchUserInfo()
{
    return startJob(
        {FetchJob::Kind::Json, m_endpoints.userInfo, true, true, {}, api::kMaxUserInfoBytes});
}

FetchJob *BlueButtonClient::fetchMetadata()
{
    return startJob({FetchJob::Kind::Json, m_endpoints.fhirBase.resolved(QUrl(u"metadata"_s)),
        false, false, {}, api::kMaxMetadataBytes});
}

FetchJob *BlueButtonClient::fetchPatient(const FetchOptions &options)
{
    const QString id = m_tokens ? m_tokens->patientId() : QString();
    return startJob({FetchJob::Kind::Resource,
        m_endpoints.fhirBase.resolved(
            QUrl(u"Patient/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)))),
        true, true, options});
}

FetchJob *BlueButtonClient::fetchCoverage(const FetchOptions &options)
{
    const QString id = m_tokens ? m_tokens->patientId() : QString();
    return startJob({FetchJob::Kind::Search,
        searchUrl(u"Coverage"_s, {{u"beneficiary"_s, u"Patient/"_s + id}}), false, true, options});
}

FetchJob *BlueButtonClient::fetchClaims(const ClaimQuery &query, const FetchOptions &options)
{
    const QString id = m_tokens ? m_tokens->patientId() : QString();
    QList<QPair<QString, QString>> items {{u"patient"_s, id}};
    items += query.queryItems();
    return startJob({FetchJob::Kind::Search, searchUrl(u"ExplanationOfBenefit"_s, items), false,
        true, options});
}

FetchJob *BlueButtonClient::countClaims(const ClaimQuery &query)
{
    const QString id = m_tokens ? m_tokens->patientId() : QString();
    QList<QPair<QString, QString>> items {{u"patient"_s, id}};
    items += query.queryItems();
    QUrl url = searchUrl(u"ExplanationOfBenefit"_s, items);
    QUrlQuery q(url);
    q.removeAllQueryItems(u"_count"_s);
    q.addQueryItem(u"_count"_s, u"1"_s);
    url.setQuery(q);
    FetchOptions options;
    options.accumulate = false;
    return startJob({FetchJob::Kind::Resource, url, false, true, options});
}

FetchJob *BlueButtonClient::read(
    const QString &resourceType, const QString &id, const FetchOptions &options)
{
    const QUrl url = m_endpoints.fhirBase.resolved(
        QUrl(resourceType + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    return startJob({FetchJob::Kind::Resource, url, resourceType == "Patient"_L1, true, options});
}

} // namespace bb::net

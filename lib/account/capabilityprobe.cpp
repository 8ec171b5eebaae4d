#include "account/capabilityprobe.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace bb::account {

CapabilityProbe::CapabilityProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

CapabilityProbe::~CapabilityProbe()
{
    if (m_reply)
        m_reply->abort();
}

void CapabilityProbe::start(const QUrl &fhirBase, int timeoutMs)
{
    if (m_reply)
        m_reply->abort();
    m_statement.reset();
    m_problem.clear();
    if (!fhirBase.isValid() || fhirBase.isEmpty()) {
        m_problem = QCoreApplication::translate(
            "bb::account::CapabilityProbe", "No server address is set for this environment.");
        Q_EMIT finished();
        return;
    }
    QNetworkRequest request(fhirBase.resolved(QUrl(u"metadata"_s)));
    request.setRawHeader("Accept", "application/fhir+json, application/json");
    request.setTransferTimeout(timeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &CapabilityProbe::onFinished);
}

bool CapabilityProbe::isRunning() const
{
    return !m_reply.isNull();
}

void CapabilityProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        m_problem = QCoreApplication::translate(
            "bb::account::CapabilityProbe", "The server could not be asked: %1")
                        .arg(reply->errorString());
    } else {
        QString why;
        m_statement = fhir::readCapabilityStatement(reply->readAll(), &why);
        if (!m_statement) {
            m_problem = QCoreApplication::translate(
                "bb::account::CapabilityProbe", "The server's answer was not understood: %1")
                            .arg(why);
        }
    }
    Q_EMIT finished();
}

} // namespace bb::account

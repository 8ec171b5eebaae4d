#pragma once

#include "fhir/capabilitystatement.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bb::account {

// Asks a server for its capability statement (GET <FHIR base>/metadata; no token needed) for
// Help → Diagnostics. One request, finished() once, whatever happens.
class CapabilityProbe : public QObject
{
    Q_OBJECT

public:
    explicit CapabilityProbe(QObject *parent = nullptr);
    ~CapabilityProbe() override;

    void start(const QUrl &fhirBase, int timeoutMs = 15000);
    bool isRunning() const;

    // After finished(): the statement, or nullopt and why (translated).
    const std::optional<fhir::CapabilityStatement> &statement() const { return m_statement; }
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::optional<fhir::CapabilityStatement> m_statement;
    QString m_problem;
};

} // namespace bb::account

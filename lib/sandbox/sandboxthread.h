#pragma once

#include "sandbox/faults.h"
#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QUrl>

class QThread;

namespace bb::sandbox {

// A SandboxServer on its own thread, for the demo mode and the benchmarks: a busy GUI or
// client thread then never delays the sandbox's answers (and the other way round).
// Every method blocks until the server thread has done the work.
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(quint64 seed = 1, QObject *parent = nullptr);
    ~SandboxThread() override;

    bool start(quint16 port = 0);
    void stop();
    QUrl baseUrl() const;
    void setFaults(const FaultSettings &faults);
    void advanceClock(qint64 seconds);
    void freezeClock(const QDateTime &at);
    void setDataChanges(const DataChanges &changes);
    AppliedChanges changeClaims(const QString &patientId, const ClaimChanges &changes);
    bool updateDemographics(const QString &patientId, Demographics which);
    void expireGrants(const QString &patientId);
    void revokeGrants(const QString &patientId);
    int warmUp(const QString &username);

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr; // lives in m_thread
    QUrl m_baseUrl;
};

} // namespace bb::sandbox

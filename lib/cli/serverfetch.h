#pragma once

#include "cli/exportoptions.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QTextStream;

namespace bb::net {
class BlueButtonClient;
class FetchJob;
} // namespace bb::net

namespace bb::cli {

// Fetches what an export needs (the Patient, every Coverage, or every claim) with bb::net:
// all pages, retries, rate limits. Keeps each page's JSON as received, so the export reads
// fetched pages with exactly the code that reads saved files. Anything short of everything
// is a failure: an export never writes part of the data as if it were all of it.
class ServerFetch : public QObject
{
    Q_OBJECT

public:
    struct Document
    {
        QString origin; // the request URL, for messages
        QByteArray json;
    };

    // `progress` (may be null) gets a line now and then during a long claims fetch.
    ServerFetch(net::BlueButtonClient *client, const ExportOptions &options,
        const QString &refusedMessage, QTextStream *progress, QObject *parent = nullptr);

    void start(); // ends in finished()

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated, one line
    QList<Document> documents() const { return m_documents; }
    // Patient answered 403: the person did not share personal information.
    bool patientNotShared() const { return m_patientNotShared; }

Q_SIGNALS:
    void finished();

private:
    void watch(net::FetchJob *job);
    void onJobFinished(net::FetchJob *job);
    void showProgress(qint64 received, qint64 total, bool last);

    QPointer<net::BlueButtonClient> m_client;
    ExportOptions m_options;
    QString m_refusedMessage;
    QTextStream *m_progress;
    QElapsedTimer m_sinceProgress;
    bool m_progressShown = false;
    qint64 m_received = -1; // claims so far, from FetchJob::progress
    qint64 m_total = -1;
    QList<QPointer<net::FetchJob>> m_jobs;
    QList<Document> m_documents;
    bool m_patientNotShared = false;
    QString m_error;
    int m_running = 0;
};

} // namespace bb::cli

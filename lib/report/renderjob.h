#pragma once

#include "report/pdfreport.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace bb::report {

// Runs a long render (a PDF export, a print job) on a thread of its own so the window stays
// responsive, with progress and cancellation. The work gets a RenderControl wired to
// cancel() and to the progress() signal, which arrives on the job's thread.
//
//   auto *job = new RenderJob([doc, path](const RenderControl &c, QString *error) {
//       return writePdfFile(doc, path, {}, c, error);
//   }, this);
//   connect(job, &RenderJob::finished, this, ...);   // then job->deleteLater()
//   job->start();
class RenderJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<RenderResult(const RenderControl &control, QString *error)>;

    explicit RenderJob(Work work, QObject *parent = nullptr);
    // Cancels and waits: the work never outlives what it was given.
    ~RenderJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(int percent);
    void finished(bb::report::RenderResult result, const QString &error);

private:
    Work m_work;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThread *m_thread = nullptr;
};

} // namespace bb::report

Q_DECLARE_METATYPE(bb::report::RenderResult)

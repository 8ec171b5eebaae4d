#include "report/renderjob.h"

#include <QThread>

namespace bb::report {

RenderJob::RenderJob(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
}

RenderJob::~RenderJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void RenderJob::start()
{
    if (m_thread)
        return;
    auto cancelFlag = m_cancel;
    m_thread = QThread::create([this, cancelFlag]() {
        RenderControl control;
        control.cancel = cancelFlag.get();
        int last = -1;
        control.progress = [this, &last](int percent) {
            if (percent == last)
                return;
            last = percent;
            // Queued to the job's thread; the destructor waits for this thread, so `this` is
            // alive while the work runs.
            QMetaObject::invokeMethod(
                this, [this, percent]() { Q_EMIT progress(percent); }, Qt::QueuedConnection);
        };
        QString error;
        const RenderResult result = m_work(control, &error);
        QMetaObject::invokeMethod(
            this, [this, result, error]() { Q_EMIT finished(result, error); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("bb-render"));
    m_thread->start(QThread::LowPriority);
}

void RenderJob::cancel()
{
    m_cancel->store(true);
}

bool RenderJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace bb::report

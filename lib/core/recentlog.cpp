#include "core/recentlog.h"

#include <QMutex>
#include <QTime>

#include <atomic>
#include <deque>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

struct Ring
{
    QMutex lock;
    std::deque<QString> lines;
    std::size_t capacity = 300;
};

Ring &ring()
{
    static Ring r;
    return r;
}

std::atomic<QtMessageHandler> previousHandler {nullptr};
std::atomic<bool> installed {false};

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return {};
}

void recentLogHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category =
        context.category ? QString::fromLatin1(context.category) : u"default"_s;
    appendToRecentLog(QTime::currentTime().toString(u"HH:mm:ss.zzz"_s) + u' ' + category + u' '
        + levelName(type) + u": "_s + message);
    if (const QtMessageHandler previous = previousHandler.load())
        previous(type, context, message);
}

} // namespace

void installRecentLog(int capacity)
{
    if (installed.exchange(true))
        return;
    {
        Ring &r = ring();
        const QMutexLocker locker(&r.lock);
        r.capacity = static_cast<std::size_t>(std::max(1, capacity));
    }
    previousHandler.store(qInstallMessageHandler(recentLogHandler));
}

bool isRecentLogInstalled()
{
    return installed.load();
}

QStringList recentLogLines()
{
    Ring &r = ring();
    const QMutexLocker locker(&r.lock);
    return QStringList(r.lines.cbegin(), r.lines.cend());
}

void appendToRecentLog(const QString &line)
{
    Ring &r = ring();
    const QMutexLocker locker(&r.lock);
    r.lines.push_back(line);
    while (r.lines.size() > r.capacity)
        r.lines.pop_front();
}

void clearRecentLog()
{
    Ring &r = ring();
    const QMutexLocker locker(&r.lock);
    r.lines.clear();
}

} // namespace bb

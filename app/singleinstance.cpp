#include "singleinstance.h"

#include "shelllogging.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

constexpr QByteArrayView activateMessage = "activate\n";
// A running instance answers in microseconds; a socket nobody listens on fails at once.
constexpr int connectTimeoutMs = 1000;

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // XDG_RUNTIME_DIR is per user and mode 0700; Qt falls back to a private directory of its
    // own when it is unset.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(u"bbviewer.instance"_s);
}

bool SingleInstance::claim()
{
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(connectTimeoutMs)) {
            socket.write(activateMessage.data(), activateMessage.size());
            socket.waitForBytesWritten(connectTimeoutMs);
            socket.disconnectFromServer();
            qCInfo(lcShell) << "Another instance is running; asked it to come forward.";
            return false;
        }
    }
    // Nobody answered: whatever is at the name is left from a run that ended abruptly.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_name))
        qCWarning(lcShell) << "Single instance: cannot listen:" << m_server->errorString();
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // Only the one message is understood; anything else is ignored.
            if (socket->readAll().contains(
                    QByteArray(activateMessage.data(), activateMessage.size())))
                Q_EMIT activationRequested();
        });
    }
}

} // namespace bb

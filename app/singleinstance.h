#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace bb {

// One bbviewer per person: a second launch (the menu, a double-click, a dock) brings the
// running window forward instead of opening another window over the same data and keychain.
// The running instance listens on a local socket in the user's runtime directory, which no
// other user can enter.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `serverName`: the socket's name or full path; tests pass their own.
    explicit SingleInstance(
        const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The user's socket: <runtime directory>/bbviewer.instance.
    static QString defaultServerName();

    // Becomes the running instance and returns true, or, when one is running already, asks it
    // to come forward and returns false. A socket left behind by a crashed run is taken over.
    // If listening fails for another reason, returns true: running twice beats not at all.
    bool claim();
    bool isListening() const;
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // Another launch asked for the window.
    void activationRequested();

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace bb

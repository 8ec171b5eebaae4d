#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Recorded Blue Button responses, read from the shared fixtures folder.
inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(BB_FIXTURES_DIR "/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile f(fixturePath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

// Runs the real ssh-keygen, so our parsing and hashing are checked against OpenSSH itself.
namespace fleetdeck::test {

inline QByteArray sshKeygen(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    if (!process.waitForFinished(30000))
        qFatal("ssh-keygen did not finish");
    return process.readAllStandardOutput();
}

// Makes DIR/name and DIR/name.pub; returns the .pub line's "type base64" part.
inline QByteArray makeKey(const QString &dir, const QString &name, const QString &type)
{
    const QString path = dir + u'/' + name;
    sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(),
               QStringLiteral("-f"), path});
    QFile pub(path + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly))
        qFatal("ssh-keygen made no public key");
    const QList<QByteArray> words = pub.readAll().split(' ');
    return words.value(0) + ' ' + words.value(1).trimmed();
}

} // namespace fleetdeck::test

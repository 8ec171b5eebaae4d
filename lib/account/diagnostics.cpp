#include "account/diagnostics.h"

#include "auth/redaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb::account {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate)
                          : QCoreApplication::translate("bb::account::Diagnostics", "never");
}

// Only the address of the server: no user name, password, query or fragment can ride along.
QString serverAddress(const QUrl &url)
{
    if (url.isEmpty())
        return QCoreApplication::translate("bb::account::Diagnostics", "(none)");
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

QStringList lastSyncSummary(
    const RecordState &state, int claimsShown, bool incremental, const SyncProblem &problem)
{
    QStringList lines;
    lines << QCoreApplication::translate("bb::account::Diagnostics", "Finished: %1")
                 .arg(when(state.lastSync));
    lines << QCoreApplication::translate("bb::account::Diagnostics", "Last full download: %1")
                 .arg(when(state.lastFullSync));
    lines << QCoreApplication::translate("bb::account::Diagnostics", "Kind: %1")
                 .arg(incremental
                         ? QCoreApplication::translate(
                             "bb::account::Diagnostics", "only what changed")
                         : QCoreApplication::translate("bb::account::Diagnostics", "everything"));
    lines << QCoreApplication::translate("bb::account::Diagnostics", "Complete: %1")
                 .arg(state.complete
                         ? QCoreApplication::translate("bb::account::Diagnostics", "yes")
                         : QCoreApplication::translate("bb::account::Diagnostics", "no"));
    const QString total = state.serverClaimTotal >= 0
        ? QString::number(state.serverClaimTotal)
        : QCoreApplication::translate("bb::account::Diagnostics", "unknown");
    lines << QCoreApplication::translate(
        "bb::account::Diagnostics", "Claims shown: %1 (the server counts %2)")
                 .arg(claimsShown)
                 .arg(total);
    lines << QCoreApplication::translate("bb::account::Diagnostics", "Problem: %1")
                 .arg(problem.isNull()
                         ? QCoreApplication::translate("bb::account::Diagnostics", "none")
                         : problem.message);
    return lines;
}

QString diagnosticsText(const DiagnosticsInfo &info)
{
    QStringList out;
    const auto section = [&out](const QString &title) {
        if (!out.isEmpty())
            out << QString();
        out << title;
    };
    const auto item = [&out](const QString &label, const QString &value) {
        out << u"  "_s + label + u": "_s + value;
    };

    section(QCoreApplication::translate("bb::account::Diagnostics", "Blue Button Viewer %1")
                .arg(info.version));
    item(QCoreApplication::translate("bb::account::Diagnostics", "Build date"), info.buildDate);
    item(QCoreApplication::translate("bb::account::Diagnostics", "Qt"), info.qtVersion);
    item(QCoreApplication::translate("bb::account::Diagnostics", "System"), info.system);
    item(QCoreApplication::translate("bb::account::Diagnostics", "Language"), info.language);

    section(QCoreApplication::translate("bb::account::Diagnostics", "Connection"));
    item(QCoreApplication::translate("bb::account::Diagnostics", "Environment"), info.environment);
    item(QCoreApplication::translate("bb::account::Diagnostics", "API base"),
        serverAddress(info.apiBase));
    item(QCoreApplication::translate("bb::account::Diagnostics", "Status"), info.connection);
    item(QCoreApplication::translate("bb::account::Diagnostics", "Keychain"), info.keychain);

    section(QCoreApplication::translate(
        "bb::account::Diagnostics", "Server capability statement (/v2/fhir/metadata)"));
    if (info.capability) {
        const fhir::CapabilityStatement &c = *info.capability;
        item(
            QCoreApplication::translate("bb::account::Diagnostics", "FHIR version"), c.fhirVersion);
        item(QCoreApplication::translate("bb::account::Diagnostics", "Software"),
            QString(c.softwareName + u' ' + c.softwareVersion).trimmed());
        if (!c.implementation.isEmpty())
            item(QCoreApplication::translate("bb::account::Diagnostics", "Implementation"),
                c.implementation);
        if (!c.publisher.isEmpty())
            item(QCoreApplication::translate("bb::account::Diagnostics", "Publisher"), c.publisher);
        if (!c.date.isEmpty())
            item(QCoreApplication::translate("bb::account::Diagnostics", "Date"), c.date);
        out << u"  "_s
                + QCoreApplication::translate(
                    "bb::account::Diagnostics", "Supported search parameters:");
        for (const auto &resource : c.resources) {
            if (resource.searchParams.isEmpty()) {
                out << u"    "_s + resource.type + u": "_s
                        + QCoreApplication::translate("bb::account::Diagnostics", "(none)");
                continue;
            }
            // Wrapped, so the text reads in a message without scrolling sideways.
            QString line = u"    "_s + resource.type + u':';
            bool lineStarted = false; // a parameter on the line already
            for (const QString &param : resource.searchParams) {
                if (lineStarted && line.size() + param.size() > 90) {
                    out << line + u',';
                    line = u"     "_s;
                    lineStarted = false;
                }
                line += (lineStarted ? u", "_s : u" "_s) + param;
                lineStarted = true;
            }
            out << line;
        }
    } else {
        out << u"  "_s + info.capabilityProblem;
    }

    section(QCoreApplication::translate("bb::account::Diagnostics", "Last sync"));
    if (info.lastSync.isEmpty())
        out << u"  "_s + QCoreApplication::translate("bb::account::Diagnostics", "No sync yet.");
    for (const QString &line : info.lastSync)
        out << u"  "_s + line;

    const auto logLines = static_cast<int>(info.log.size());
    section(QCoreApplication::translate(
        "bb::account::Diagnostics", "Recent log (%n line(s))", nullptr, logLines));
    for (const QString &line : info.log)
        out << u"  "_s + line;

    // Once more over everything: a log line written before a token was registered, or a value
    // a future field brings in, still leaves here masked.
    QStringList privateValues;
    for (const QString &value : info.privateValues) {
        if (!value.trimmed().isEmpty())
            privateValues << value;
    }
    return auth::redact(auth::redact(out.join(u'\n') + u'\n'), privateValues);
}

} // namespace bb::account

#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pdftools {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString text(const QString &path, int page)
{
    QStringList arguments {u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << path << u"-"_s;
    return run(u"pdftotext"_s, arguments);
}

int pageCount(const QString &path)
{
    const QString info = run(u"pdfinfo"_s, {path});
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList embedded(const QString &path)
{
    // name type encoding emb sub uni object ID: the table starts after a dashed rule.
    const QStringList lines = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts);
    QStringList result;
    bool table = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"---"_s)) {
            table = true;
            continue;
        }
        if (!table)
            continue;
        static const QRegularExpression columns(u"\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s"_s);
        const QRegularExpressionMatch match = columns.match(line);
        if (match.hasMatch())
            result << match.captured(1);
    }
    return result;
}

} // namespace pdftools

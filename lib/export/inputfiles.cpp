#include "export/inputfiles.h"

#include "export/claimset.h"
#include "fhir/parser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bb::exporting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::exporting::Input", text);
}

} // namespace

LoadedInput loadInputs(const QStringList &paths)
{
    LoadedInput in;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            in.error = tr("%1: no such file or folder").arg(path);
            return in;
        }
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {u"*.json"_s}, QDir::Files | QDir::Readable,
                QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found << it.next();
            found.sort();
            if (found.isEmpty()) {
                in.error = tr("%1: the folder has no .json files").arg(path);
                return in;
            }
            files << found;
        } else {
            files << path;
        }
    }
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            in.error = tr("%1: cannot read (%2)").arg(file, f.errorString());
            return in;
        }
        fhir::Document doc = fhir::parseDocument(f.readAll(), file);
        ++in.fileCount;
        if (!doc.errors.isEmpty()) {
            in.error = doc.errors.constFirst().toString();
            return in;
        }
        in.patients << doc.patients;
        in.coverages << doc.coverages;
        mergeClaims(in.claims, std::move(doc.claims));
    }
    sortNewestFirst(in.claims);
    return in;
}

} // namespace bb::exporting

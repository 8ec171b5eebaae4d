#include "export/inputfiles.h"

#include "api/apierror.h"
#include "api/userinfo.h"
#include "export/claimset.h"
#include "fhir/parser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

// Messages keep the context their catalogue entries have had since the command was
// written ("bb::exporting"), so they stay translated.

namespace bb::exporting {

namespace {

// Patients and coverages follow the claims' rule: the newer copy of an id wins, the first
// one a tie.
template<class T>
void mergeById(QList<T> &into, QHash<QString, qsizetype> &index, QList<T> &&more)
{
    for (T &item : more) {
        const auto it = index.constFind(item.id);
        if (it == index.constEnd()) {
            index.insert(item.id, into.size());
            into.append(std::move(item));
        } else if (item.lastUpdated > into.at(*it).lastUpdated) {
            into[*it] = std::move(item);
        }
    }
}

// What a document that is no FHIR record is, when it is one of Blue Button's other bodies
// saved by mistake: an error response (an OperationOutcome or one of the error shapes), or
// the userinfo of the sign-in. Empty for anything else, whose parse error says more.
QString notARecord(QByteArrayView json)
{
    const api::ApiError error = api::ApiError::parse(json);
    if (error.shape != api::ApiError::Shape::None) {
        if (error.message.isEmpty())
            return QCoreApplication::translate("bb::exporting",
                "this is an error response from the server (%1), not data to export")
                .arg(error.error.isEmpty() ? QString::number(error.statusCode) : error.error);
        return QCoreApplication::translate("bb::exporting",
            "this is an error response from the server, not data to export; the server said: "
            "%1")
            .arg(error.message);
    }
    if (const auto info = api::UserInfo::parse(json)) {
        return QCoreApplication::translate("bb::exporting",
            "this is the account information the server gives at sign-in (userinfo, patient "
            "%1), not data to export; export the Patient resource instead")
            .arg(info->patient.isEmpty() ? info->subject : info->patient);
    }
    return {};
}

} // namespace

InputLoader::InputLoader(bool keepRaw)
    : m_keepRaw(keepRaw)
{
}

bool InputLoader::fail(const QString &error)
{
    if (m_in.error.isEmpty())
        m_in.error = error;
    return false;
}

bool InputLoader::addPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(QCoreApplication::translate("bb::exporting", "%1: no such file or folder")
                            .arg(path));
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {u"*.json"_s}, QDir::Files | QDir::Readable,
                QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found << it.next();
            found.sort();
            if (found.isEmpty())
                return fail(QCoreApplication::translate(
                    "bb::exporting", "%1: the folder has no .json files")
                                .arg(path));
            files << found;
        } else {
            files << path;
        }
    }
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("bb::exporting", "%1: cannot read (%2)")
                            .arg(file, f.errorString()));
        if (!addDocument(f.readAll(), file))
            return false;
    }
    return true;
}

bool InputLoader::addDocument(QByteArrayView json, const QString &origin)
{
    if (!m_in.error.isEmpty())
        return false;
    fhir::Document doc = fhir::parseDocument(json, origin, {m_keepRaw});
    if (!doc.errors.isEmpty()) {
        const bool nothingRead =
            doc.patients.isEmpty() && doc.coverages.isEmpty() && doc.claims.isEmpty();
        const QString what = nothingRead ? notARecord(json) : QString();
        return fail(what.isEmpty() ? doc.errors.constFirst().toString()
                                   : QStringLiteral("%1: %2").arg(origin, what));
    }
    addResources(std::move(doc.patients), std::move(doc.coverages), std::move(doc.claims),
        std::move(doc.raw));
    return true;
}

void InputLoader::addResources(QList<fhir::Patient> patients, QList<fhir::Coverage> coverages,
    QList<fhir::Claim> claims, QList<fhir::RawResource> raw)
{
    ++m_in.fileCount;
    mergeById(m_in.patients, m_patientIndex, std::move(patients));
    mergeById(m_in.coverages, m_coverageIndex, std::move(coverages));
    mergeClaims(m_in.claims, std::move(claims));
    if (!m_keepRaw)
        return;
    for (fhir::RawResource &r : raw) {
        const QString key = r.resourceType + u'/' + r.id;
        const auto it = m_rawIndex.constFind(key);
        if (it == m_rawIndex.constEnd()) {
            m_rawIndex.insert(key, m_in.raw.size());
            m_in.raw.append(std::move(r));
        } else if (fhir::replacesCopy(r, m_in.raw.at(*it))) {
            m_in.raw[*it] = std::move(r);
        }
    }
}

LoadedInput InputLoader::take()
{
    sortNewestFirst(m_in.claims);
    LoadedInput out = std::exchange(m_in, {});
    m_patientIndex.clear();
    m_coverageIndex.clear();
    m_rawIndex.clear();
    return out;
}

LoadedInput loadInputs(const QStringList &paths, bool keepRaw)
{
    InputLoader loader(keepRaw);
    loader.addPaths(paths);
    return loader.take();
}

} // namespace bb::exporting

#include "benchdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The recorded responses of tests/data (the benchmarks measure the same bytes the tests read);
// BB_TEST_DATA_DIR in the environment points elsewhere.
QJsonDocument readFixture(const QString &rel)
{
    const QString overridden = qEnvironmentVariable("BB_TEST_DATA_DIR");
    const QString dir = overridden.isEmpty() ? QStringLiteral(BB_TEST_DATA_DIR) : overridden;
    QFile f(dir + u'/' + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (BB_TEST_DATA_DIR)", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll());
}

QList<QJsonObject> templateClaims()
{
    QList<QJsonObject> claims;
    for (int page = 0; page < 6; ++page) {
        const QJsonArray entries =
            readFixture(u"sandbox-captured/sdk_sandbox_eob_search_page%1.json"_s.arg(page))
                .object()
                .value("entry"_L1)
                .toArray();
        for (const auto &e : entries)
            claims << e.toObject().value("resource"_L1).toObject();
    }
    for (const char *name :
        {"Carrier", "Dme", "Hha", "Hospice", "Inpatient", "Outpatient", "Pde", "Snf"})
        claims
            << readFixture(u"bfd-v2-normalized/eobRead%1.json"_s.arg(QLatin1String(name))).object();
    return claims;
}

} // namespace

QByteArrayList sandboxPagesCompact()
{
    QByteArrayList pages;
    for (int page = 0; page < 6; ++page) {
        pages << readFixture(u"sandbox-captured/sdk_sandbox_eob_search_page%1.json"_s.arg(page))
                     .toJson(QJsonDocument::Compact);
    }
    return pages;
}

QByteArrayList generatedPages(int claimCount)
{
    const QList<QJsonObject> templates = templateClaims();
    QByteArrayList pages;
    QJsonArray entries;
    for (int i = 0; i < claimCount; ++i) {
        QJsonObject claim = templates.at(i % templates.size());
        const QString id = claim.value("id"_L1).toString();
        claim.insert(
            "id"_L1, QString(id.left(id.indexOf(u'-')) + u"--"_s + QString::number(900000000 + i)));
        entries.append(QJsonObject {{"resource"_L1, claim}});
        if (entries.size() == 50 || i == claimCount - 1) {
            QJsonObject bundle {{"resourceType"_L1, "Bundle"_L1}, {"type"_L1, "searchset"_L1},
                {"total"_L1, claimCount}, {"entry"_L1, entries}};
            pages << QJsonDocument(bundle).toJson(QJsonDocument::Compact);
            entries = QJsonArray();
        }
    }
    return pages;
}

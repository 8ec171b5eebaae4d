#include "viewstesthelpers.h"

#include "fhir/parser.h"
#include "testdata.h"

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace viewstest {

QByteArray readFixture(const QString &relative)
{
    return bb::testdata::readOrFail(relative);
}

bb::fhir::Claim fixtureClaim(const QString &file)
{
    const QString path = u"bfd-v2-normalized/"_s + file;
    const bb::fhir::Document doc = bb::fhir::parseDocument(readFixture(path), path);
    return doc.claims.isEmpty() ? bb::fhir::Claim {} : doc.claims.constFirst();
}

QStringList claimFixtureFiles()
{
    return {u"eobReadCarrier.json"_s, u"eobReadDme.json"_s, u"eobReadHha.json"_s,
        u"eobReadHospice.json"_s, u"eobReadInpatient.json"_s, u"eobReadOutpatient.json"_s,
        u"eobReadPde.json"_s, u"eobReadSnf.json"_s};
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(BB_BINARY_DIR "/views-screenshots");
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + ".png"_L1;
    // Layouts settle through posted LayoutRequest events: let them run before grabbing.
    QTest::qWait(30);
    return widget->grab().save(path) ? path : QString();
}

} // namespace viewstest

#include "core/appinfo.h"
#include "core/shippedcomponents.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// One version everywhere, and the package's files saying what the app says: the CMake project
// version behind --version and About, CHANGELOG.md's newest release, the metainfo's releases;
// the licences of About in the package's copyright file.
class TestPackaging : public QObject
{
    Q_OBJECT

    static QString read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }
    static QString source(const QString &path)
    {
        return read(QString::fromUtf8(BB_SOURCE_DIR) + u'/' + path);
    }
    static QString built(const QString &path)
    {
        return read(QString::fromUtf8(BB_BINARY_DIR) + u'/' + path);
    }

private Q_SLOTS:
    void oneVersion()
    {
        const QString version = bb::applicationVersion();
        QCOMPARE(version, u"" BBVIEWER_VERSION_STRING ""_s);
        QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(version).hasMatch());

        // CHANGELOG.md: the newest release (after [Unreleased]) is this version.
        const QString changelog = source(u"CHANGELOG.md"_s);
        const QRegularExpressionMatch newest =
            QRegularExpression(u"^## \\[(\\d[^\\]]*)\\] - (\\d{4}-\\d{2}-\\d{2})$"_s,
                QRegularExpression::MultilineOption)
                .match(changelog);
        QVERIFY(newest.hasMatch());
        QCOMPARE(newest.captured(1), version);

        // The metainfo's first release, with the changelog's date.
        const QString metainfo = built(u"packaging/"_s + bb::applicationId() + u".metainfo.xml"_s);
        QVERIFY(!metainfo.isEmpty());
        const QRegularExpressionMatch release =
            QRegularExpression(u"<release version=\"([^\"]+)\" date=\"([^\"]+)\">"_s)
                .match(metainfo);
        QVERIFY(release.hasMatch());
        QCOMPARE(release.captured(1), version);
        QCOMPARE(release.captured(2), newest.captured(2));
        QVERIFY(metainfo.contains(u"<id>"_s + bb::applicationId() + u"</id>"_s));

        // The Debian changelog and the manual page.
        QVERIFY(built(u"packaging/changelog"_s).startsWith(u"bbviewer ("_s + version + u") "_s));
        QVERIFY(built(u"packaging/bbviewer.1"_s).contains(u"\"bbviewer "_s + version + u'"'));
    }

    void desktopEntryStartsTheApp()
    {
        const QString entry = source(u"resources/"_s + bb::applicationId() + u".desktop"_s);
        QVERIFY(entry.contains(u"\nExec=bbviewer\n"_s));
        QVERIFY(entry.contains(u"\nIcon=bbviewer\n"_s));
        QVERIFY(entry.contains(u"\nName[es]="_s));
    }

    void manualPageCoversExport()
    {
        const QString man = source(u"packaging/bbviewer.1"_s);
        QVERIFY(man.contains(u".B bbviewer export"_s));
        for (const QString &option : {u"\\-\\-demo\\-user"_s, u"\\-\\-what"_s, u"\\-\\-format"_s,
                 u"\\-\\-output"_s, u"\\-\\-version"_s, u"\\-\\-lang"_s})
            QVERIFY2(man.contains(option), qPrintable(option));
    }

    // Every licence About shows is in the package's copyright file (Debian's short names).
    void copyrightNamesEveryLicence()
    {
        const QString copyright = source(u"packaging/copyright"_s);
        const QHash<QString, QString> debianName {
            {u"GPL-3.0-or-later"_s, u"GPL-3+"_s},
            {u"GPL-3.0-only"_s, u"GPL-3"_s},
            {u"LGPL-3.0-only"_s, u"LGPL-3"_s},
            {u"Apache-2.0"_s, u"Apache-2.0"_s},
            {u"BSD-2-Clause"_s, u"BSD-2-Clause"_s},
            {u"BSD-3-Clause"_s, u"BSD-3-Clause"_s},
            {u"ISC"_s, u"ISC"_s},
            {u"Zlib"_s, u"Zlib"_s},
            {u"CC0-1.0"_s, u"CC0-1.0"_s},
        };
        for (const bb::ShippedComponent &c : bb::shippedComponents()) {
            QVERIFY2(debianName.contains(c.licence), qPrintable(c.licence));
            const QString paragraph = u"\nLicense: "_s + debianName.value(c.licence) + u'\n';
            QVERIFY2(copyright.contains(paragraph), qPrintable(c.name + u": "_s + paragraph));
            QVERIFY2(copyright.contains(c.name.section(u' ', 0, 0)), qPrintable(c.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The Spanish catalogue must stay complete as the UI grows: no unfinished entry, and no
// source string that lupdate would still have to add.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Catalogue
    {
        QString language;
        QStringList sources; // "context|source" of every live message
        QStringList unfinished; // same, for messages lacking a translation
        bool ok = false;
        QString error;
    };

    static Catalogue read(const QString &path)
    {
        Catalogue cat;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            cat.error = file.errorString();
            return cat;
        }
        QXmlStreamReader xml(&file);
        QString context, source;
        bool obsolete = false;
        bool unfinished = false;
        bool empty = true;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == "TS"_L1) {
                    cat.language = xml.attributes().value("language"_L1).toString();
                } else if (name == "name"_L1) {
                    context = xml.readElementText();
                } else if (name == "message"_L1) {
                    numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                    source.clear();
                    obsolete = unfinished = false;
                    empty = true;
                } else if (name == "source"_L1) {
                    source = xml.readElementText();
                } else if (name == "translation"_L1) {
                    const auto type = xml.attributes().value("type"_L1);
                    obsolete = type == "vanished"_L1 || type == "obsolete"_L1;
                    unfinished = type == "unfinished"_L1;
                    if (!numerus)
                        empty = xml.readElementText().isEmpty();
                } else if (name == "numerusform"_L1) {
                    empty = xml.readElementText().isEmpty();
                    if (empty)
                        unfinished = true;
                }
            } else if (xml.isEndElement() && xml.name() == "message"_L1 && !obsolete) {
                const QString key = context + u'|' + source;
                cat.sources << key;
                if (unfinished || empty)
                    cat.unfinished << key;
            }
        }
        cat.ok = !xml.hasError();
        if (xml.hasError())
            cat.error = xml.errorString();
        cat.sources.sort();
        return cat;
    }

    // Runs lupdate over the project's sources into a copy of `tsName`.
    static QString refreshedCopy(
        const QTemporaryDir &dir, const QString &tsName, const QStringList &extraOptions)
    {
        const QString original = QStringLiteral(BB_SOURCE_DIR "/translations/") + tsName;
        const QString copy = dir.filePath(tsName);
        if (!QFile::copy(original, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        QStringList args = {
            u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-no-ui-lines"_s};
        args << extraOptions << u"@" BB_TRANSLATABLE_SOURCES ""_s << u"-ts"_s << copy;
        lupdate.start(QStringLiteral(BB_LUPDATE), args);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning() << "lupdate failed:" << lupdate.readAllStandardError();
            return {};
        }
        return copy;
    }

private Q_SLOTS:
    void spanishIsComplete()
    {
        const Catalogue es = read(QStringLiteral(BB_SOURCE_DIR "/translations/bbviewer_es.ts"));
        QVERIFY2(es.ok, qPrintable(es.error));
        QVERIFY(es.language.startsWith("es"_L1));
        QVERIFY2(es.sources.size() > 10, "the catalogue looks empty");
        QVERIFY2(
            es.unfinished.isEmpty(), qPrintable(u"untranslated: "_s + es.unfinished.join(u"; "_s)));
    }

    void lupdateAddsNothingToSpanish()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = refreshedCopy(dir, u"bbviewer_es.ts"_s, {});
        QVERIFY(!copy.isEmpty());
        const Catalogue before = read(QStringLiteral(BB_SOURCE_DIR "/translations/bbviewer_es.ts"));
        const Catalogue after = read(copy);
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY2(after.unfinished.isEmpty(),
            qPrintable(u"strings missing from bbviewer_es.ts (build the "
                       "update_translations target and translate them): "_s
                + after.unfinished.join(u"; "_s)));
        QCOMPARE(after.sources, before.sources);
    }

    void englishPluralsAreComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = refreshedCopy(dir, u"bbviewer_en.ts"_s, {u"-pluralonly"_s});
        QVERIFY(!copy.isEmpty());
        const Catalogue en = read(copy);
        QVERIFY2(en.ok, qPrintable(en.error));
        QVERIFY2(en.unfinished.isEmpty(),
            qPrintable(u"English plural forms missing: "_s + en.unfinished.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

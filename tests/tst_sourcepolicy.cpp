#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// House rules that the compiler of Qt 6.4 cannot enforce by itself.
class TestSourcePolicy : public QObject
{
    Q_OBJECT

    QStringList m_files;

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // "file:line: text" for every match of `re` in the project's sources.
    QStringList offenders(const QRegularExpression &re, const QString &underDir) const
    {
        QStringList found;
        for (const QString &path : m_files) {
            if (!path.contains(underDir))
                continue;
            const QString text = read(path);
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
                found << u"%1:%2: %3"_s.arg(path).arg(line).arg(m.captured().simplified());
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString list = read(QStringLiteral(BB_TRANSLATABLE_SOURCES));
        const QStringList lines = list.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith("-I"_L1))
                m_files << line;
        }
        QVERIFY(m_files.size() >= 5);
    }

    // QT_NO_CONTEXTLESS_CONNECT arrives with Qt 6.7; until then, check it here: a lambda or
    // functor connected without a context object can outlive what it captures.
    void everyConnectHasAContext()
    {
        static const QRegularExpression re(
            uR"(\bconnect\(\s*[^,;()]+(?:\([^()]*\))?\s*,\s*&[\w:]+\s*,\s*(?:\[|std::bind))"_s);
        const QStringList found = offenders(re, u"/"_s);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The library logs through categories, so users can enable one layer at a time.
    void libraryLogsThroughCategories()
    {
        static const QRegularExpression re(uR"(\bq(Debug|Info|Warning|Critical)\s*\()"_s);
        const QStringList found = offenders(re, u"/lib/"_s);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSourcePolicy)
#include "tst_sourcepolicy.moc"

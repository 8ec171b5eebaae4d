#include "core/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bb {

QStringList supportedLanguages()
{
    return {u"en"_s, u"es"_s};
}

QString resolveLanguage(const QString &requested, const QLocale &system)
{
    const QStringList supported = supportedLanguages();
    if (!requested.isEmpty()) {
        const QString lang =
            requested.toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        return supported.contains(lang) ? lang : QString();
    }
    const QStringList preferred = system.uiLanguages();
    for (const QString &tag : preferred) {
        QString lang = tag.toLower().section(QLatin1Char('-'), 0, 0);
        if (supported.contains(lang))
            return lang;
    }
    return u"en"_s;
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    // The catalogues are compiled into the binary, so there is nothing to find on disk.
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(u":/i18n/bbviewer_%1.qm"_s.arg(language));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own strings (standard buttons, print dialogs) come from the system package.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

bool useLanguage(QCoreApplication &app, const QString &language)
{
    const bool loaded = installTranslators(app, language);
    if (QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    return loaded;
}

} // namespace bb

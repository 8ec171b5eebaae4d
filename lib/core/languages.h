#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace bb {

// Languages the user interface is fully translated into ("en" is the source language).
QStringList supportedLanguages();

// Picks the UI language: an explicit request wins when supported, otherwise the first
// supported language of the system's preferred UI languages, otherwise English.
// Returns an empty string when `requested` is given but not supported.
QString resolveLanguage(const QString &requested, const QLocale &system = QLocale::system());

// Installs the application's and Qt's own translators for `language` on `app`.
// Returns false when the application catalogue could not be loaded.
bool installTranslators(QCoreApplication &app, const QString &language);

// installTranslators(), and dates and numbers in that language too (a Spanish UI on an
// English system says "15 nov 1961"), keeping the system's own region when its language is
// the same. What the app and `bbviewer export` do at start-up.
bool useLanguage(QCoreApplication &app, const QString &language);

} // namespace bb

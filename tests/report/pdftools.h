#pragma once

#include <QString>
#include <QStringList>

// poppler-utils, as a reader would see a PDF: its text (per page), page count and fonts.
namespace pdftools {

// pdftotext -layout of page `page` (1-based; 0: every page). Empty when it failed.
QString text(const QString &path, int page = 0);
// Pages: from pdfinfo; -1 when it failed.
int pageCount(const QString &path);
// The "emb" column of pdffonts, one entry per font; empty when it failed.
QStringList embedded(const QString &path);

} // namespace pdftools

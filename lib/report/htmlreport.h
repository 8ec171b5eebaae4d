#pragma once

#include "report/reportdocument.h"

#include <QByteArray>

namespace bb::report {

// A report as an accessible web page, for screen readers (Qt's PDF writer cannot tag PDFs):
// the title as the one <h1>, the facts as a description list, each table a <table> with a
// <caption>, column headers <th scope="col"> and the first cell of each row
// <th scope="row">, field blocks as description lists under an <h2>, the page's `lang` set,
// a print style sheet, and no script. UTF-8, self-contained (no external resource).
//
// `language` is the BCP 47 code of the text ("en", "es").
QByteArray toHtml(const ReportDocument &document, const QString &language);

} // namespace bb::report

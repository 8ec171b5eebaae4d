#include "cli/htmloutput.h"

#include "cli/pdfoutput.h"
#include "report/htmlreport.h"

#include <QLocale>

namespace bb::cli {

bool HtmlOutput::render(
    const ExportOptions &options, const ExportData &data, QByteArray *bytes, QString *error) const
{
    Q_UNUSED(error);
    // The page's language is the language its words were written in: the app's.
    *bytes = report::toHtml(
        buildReport(options, data), QLocale().bcp47Name().section(QLatin1Char('-'), 0, 0));
    return true;
}

} // namespace bb::cli

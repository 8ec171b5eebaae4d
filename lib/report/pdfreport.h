#pragma once

#include "report/rendercontrol.h"
#include "report/reportdocument.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace bb::report {

enum class RenderResult : quint8 { Done, Cancelled, Failed };

struct PdfOptions
{
    // US Letter: the paper of the people whose Medicare claims these are.
    QPageSize pageSize = QPageSize(QPageSize::Letter);
    QMarginsF marginsMm = QMarginsF(15, 15, 15, 15);
    int resolution = 600; // layout units only: text and rules stay vectors
    // Unset: preferredOrientation(). Set when the person chose (a print dialog's "to file").
    std::optional<QPageLayout::Orientation> orientation;
};

// Portrait unless a table of `document` needs more width than a portrait page has.
QPageLayout::Orientation preferredOrientation(
    const ReportDocument &document, const PdfOptions &options = {});

// Lays `document` out for `device` (a QPdfWriter, or a QPrinter for printing and print
// preview: its page layout as set there) and paints every page. Layout is the first half of
// the progress, painting the second.
RenderResult paintReport(
    const ReportDocument &document, QPagedPaintDevice *device, const RenderControl &control = {});

// The report as a PDF written to `device` (open for writing), fonts embedded.
RenderResult writePdf(const ReportDocument &document, QIODevice *device,
    const PdfOptions &options = {}, const RenderControl &control = {});

// The report as a PDF file, written atomically: on failure or cancel nothing is left at
// `path` (and no temporary file). `*error` gets a translated reason on failure.
RenderResult writePdfFile(const ReportDocument &document, const QString &path,
    const PdfOptions &options = {}, const RenderControl &control = {}, QString *error = nullptr);

} // namespace bb::report

#include "report/pdfreport.h"

#include "core/privatefile.h"
#include "report/reportlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bb::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::report", text);
}

QSizeF paintSize(const QPagedPaintDevice *device)
{
    return device->pageLayout().paintRectPixels(device->logicalDpiX()).size().toSizeF();
}

void configure(QPdfWriter &writer, const ReportDocument &document, const PdfOptions &options,
    QPageLayout::Orientation orientation)
{
    writer.setResolution(options.resolution);
    writer.setTitle(document.title);
    writer.setCreator(QCoreApplication::applicationName().isEmpty()
            ? u"bbviewer"_s
            : QCoreApplication::applicationName());
    writer.setPageLayout(
        QPageLayout(options.pageSize, orientation, options.marginsMm, QPageLayout::Millimeter));
}

} // namespace

QPageLayout::Orientation preferredOrientation(
    const ReportDocument &document, const PdfOptions &options)
{
    // Measured with the same device kind the PDF is written with; nothing is written.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    configure(writer, document, options, QPageLayout::Portrait);
    const QSizeF page = paintSize(&writer);
    const ReportLayout layout(&writer, page);
    for (const Block &block : document.blocks) {
        const auto *table = std::get_if<TableBlock>(&block);
        // Some wrapping is fine; landscape only when portrait would squeeze the table hard.
        if (table && layout.naturalTableWidth(*table) > page.width() * 1.15)
            return QPageLayout::Landscape;
    }
    return QPageLayout::Portrait;
}

RenderResult paintReport(
    const ReportDocument &document, QPagedPaintDevice *device, const RenderControl &control)
{
    ReportLayout layout(device, paintSize(device));
    if (!layout.layout(document, control))
        return RenderResult::Cancelled;

    QPainter painter;
    if (!painter.begin(device))
        return RenderResult::Failed;
    for (int page = 0; page < layout.pageCount(); ++page) {
        if (control.isCancelled()) {
            if (control.abortDevice)
                control.abortDevice();
            painter.end();
            return RenderResult::Cancelled;
        }
        if (page > 0 && !device->newPage()) {
            painter.end();
            return RenderResult::Failed;
        }
        layout.paintPage(painter, page);
        control.report(50 + (page + 1) * 50 / layout.pageCount());
    }
    return painter.end() ? RenderResult::Done : RenderResult::Failed;
}

RenderResult writePdf(const ReportDocument &document, QIODevice *device, const PdfOptions &options,
    const RenderControl &control)
{
    QPdfWriter writer(device);
    configure(writer, document, options,
        options.orientation.value_or(preferredOrientation(document, options)));
    return paintReport(document, &writer, control);
}

RenderResult writePdfFile(const ReportDocument &document, const QString &path,
    const PdfOptions &options, const RenderControl &control, QString *error)
{
    QSaveFile file(path);
    if (!openOwnerOnly(file)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return RenderResult::Failed;
    }
    const RenderResult result = writePdf(document, &file, options, control);
    if (result == RenderResult::Done && !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return RenderResult::Failed;
    }
    if (result == RenderResult::Failed && error)
        *error = tr("Cannot write %1: the PDF could not be drawn.").arg(path);
    // Not committed: QSaveFile removes its temporary file, and `path` is untouched.
    return result;
}

} // namespace bb::report

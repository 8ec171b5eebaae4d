#include "aboutdialog.h"

#include "core/appinfo.h"
#include "core/shippedcomponents.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Blue Button Viewer"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"aboutTabs"_s);
    m_tabs->addTab(createSummaryPage(), tr("&About"));
    m_tabs->addTab(createLicencesPage(), tr("&Licences"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

QWidget *AboutDialog::createSummaryPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QHBoxLayout(page);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(u":/bbviewer/icons/bbviewer.svg"_s).pixmap(96));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    m_summary = new QTextBrowser(page);
    m_summary->setObjectName(u"aboutSummary"_s);
    m_summary->setAccessibleName(tr("About Blue Button Viewer"));
    m_summary->setOpenExternalLinks(true);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->setHtml(
        tr("<h2>Blue Button Viewer %1</h2>"
           "<p>View, search and export your Medicare claims, coverage and prescription "
           "history from the CMS Blue Button 2.0 API.</p>"
           "<p>Your data stays on this computer. Sign-in secrets are kept in your system "
           "keychain.</p>"
           "<p>Version: %1<br>Build date: %2<br>Qt version: %3</p>"
           "<p>Blue Button Viewer is free software under the GNU General Public License, "
           "version 3 or later. It comes with ABSOLUTELY NO WARRANTY. The Licences tab lists "
           "everything it contains, each with its licence.</p>")
            .arg(applicationVersion().toHtmlEscaped(), buildDate().toHtmlEscaped(),
                qtVersionText().toHtmlEscaped()));
    layout->addWidget(m_summary, 1);
    return page;
}

QWidget *AboutDialog::createLicencesPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("Blue Button Viewer uses the following software and data. Choose one to read its "
           "licence in full."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_components = new QListWidget(splitter);
    m_components->setObjectName(u"aboutComponents"_s);
    m_components->setAccessibleName(tr("Software and data"));
    for (const ShippedComponent &component : shippedComponents())
        m_components->addItem(tr("%1 — %2").arg(component.name, component.licence));
    m_licence = new QTextBrowser(splitter);
    m_licence->setObjectName(u"aboutLicence"_s);
    m_licence->setAccessibleName(tr("Licence"));
    m_licence->setOpenExternalLinks(true);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    intro->setBuddy(m_components);
    connect(m_components, &QListWidget::currentRowChanged, this, &AboutDialog::showComponent);
    m_components->setCurrentRow(0);
    return page;
}

void AboutDialog::showComponent(int row)
{
    const QList<ShippedComponent> all = shippedComponents();
    if (row < 0 || row >= all.size()) {
        m_licence->clear();
        return;
    }
    const ShippedComponent &c = all.at(row);
    // The head in HTML, the licence as the plain text it is (its line breaks matter).
    QString html =
        tr("<h3>%1</h3><p>%2</p><p>Copyright: %3<br>Licence: %4<br>"
           "<a href=\"%5\">%5</a></p>")
            .arg(c.name.toHtmlEscaped(), c.purpose.toHtmlEscaped(), c.copyright.toHtmlEscaped(),
                c.licence.toHtmlEscaped(), c.url.toHtmlEscaped());
    html += u"<pre>"_s + licenceText(c).toHtmlEscaped() + u"</pre>"_s;
    m_licence->setHtml(html);
}

QString AboutDialog::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace bb

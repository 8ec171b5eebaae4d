#pragma once

#include <QDialog>

class QListWidget;
class QTabWidget;
class QTextBrowser;

namespace bb {

// Help → About: the version, build date and Qt version, and everything the installed app
// consists of with its licence, the full text one click away (core/shippedcomponents.h).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *components() const { return m_components; }
    // The licence of the component selected in the list.
    QTextBrowser *licenceView() const { return m_licence; }
    // The About page's text (what a test reads).
    QString summaryText() const;

private:
    QWidget *createSummaryPage();
    QWidget *createLicencesPage();
    void showComponent(int row);

    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_summary = nullptr;
    QListWidget *m_components = nullptr;
    QTextBrowser *m_licence = nullptr;
};

} // namespace bb

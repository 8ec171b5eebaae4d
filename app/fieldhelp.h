#pragma once

#include <QObject>
#include <QString>

class QDockWidget;
class QLabel;
class QMainWindow;
class QWidget;

namespace bb {

// "What's this?" for the focused field: F1 opens a Help panel (a dock of the main window)
// with the plain explanation of the column, row or tab that has the keyboard focus, the same
// words as its tooltip (bb::codes::Glossary through the models' ToolTip/WhatsThis roles).
class FieldHelp : public QObject
{
    Q_OBJECT
public:
    explicit FieldHelp(QMainWindow *window);

    struct Help
    {
        QString title;
        QString text;
    };
    // What F1 would show for this widget (the focus widget or one of its parents).
    static Help helpFor(const QWidget *widget);

    // Shows the panel for the widget that has the focus now.
    void showForFocus();
    QDockWidget *panel() const { return m_dock; }

private:
    QDockWidget *m_dock = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace bb

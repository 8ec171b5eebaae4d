#include "fieldhelp.h"

#include "models/roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QShortcut>
#include <QTabBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

FieldHelp::FieldHelp(QMainWindow *window)
    : QObject(window)
{
    //: Title of the Help panel that F1 opens on the focused field.
    m_dock = new QDockWidget(tr("What's this?"), window);
    m_dock->setObjectName(u"fieldHelpPanel"_s);
    auto *body = new QWidget(m_dock);
    m_title = new QLabel(body);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text = new QLabel(body);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(1);
    m_dock->setWidget(body);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    auto *shortcut = new QShortcut(QKeySequence::HelpContents, window);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, &FieldHelp::showForFocus);
}

FieldHelp::Help FieldHelp::helpFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            const QModelIndex index = view->currentIndex();
            const bool keyValue =
                model->headerData(0, Qt::Horizontal, models::ColumnKeyRole).toString()
                == "field"_L1;
            if (keyValue && index.isValid()) {
                const QModelIndex field = index.sibling(index.row(), 0);
                const QString text = field.data(Qt::ToolTipRole).toString();
                if (!text.isEmpty())
                    return {field.data().toString(), text};
            }
            const int column = index.isValid() ? index.column() : 0;
            const QString text =
                model->headerData(column, Qt::Horizontal, Qt::WhatsThisRole).toString();
            if (!text.isEmpty())
                return {model->headerData(column, Qt::Horizontal).toString(), text};
        }
        if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            const int tab = bar->currentIndex();
            if (!bar->tabToolTip(tab).isEmpty())
                return {bar->tabText(tab).remove(u'&'), bar->tabToolTip(tab)};
        }
        if (!w->whatsThis().isEmpty())
            return {w->accessibleName(), w->whatsThis()};
        if (!w->toolTip().isEmpty())
            return {w->accessibleName(), w->toolTip()};
    }
    //: Help panel text when the focused field has no explanation.
    return {{},
        tr("Move to a field or a column, then press F1 to read what it means. Column "
           "titles explain themselves when you point at them.")};
}

void FieldHelp::showForFocus()
{
    const Help help = helpFor(QApplication::focusWidget());
    m_title->setText(help.title);
    m_title->setVisible(!help.title.isEmpty());
    m_text->setText(help.text);
    m_dock->show();
    m_dock->raise();
}

} // namespace bb

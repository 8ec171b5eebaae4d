#include "views/accessibletabbar.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

QString withoutMnemonic(QString text)
{
    // "Co&verage" reads "Coverage"; "&&" is a literal ampersand.
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

class TabAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TabAccessible(QTabBar *bar, int index)
        : m_bar(bar)
        , m_index(index)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
            ? static_cast<QAccessibleActionInterface *>(this)
            : nullptr;
    }
    bool isValid() const override { return m_bar && m_index < m_bar->count(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_bar && m_bar->window() ? m_bar->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_bar.data());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.selected = m_index == m_bar->currentIndex();
        s.focused = s.selected && m_bar->hasFocus();
        s.disabled = !m_bar->isTabEnabled(m_index);
        s.invisible = !m_bar->isTabVisible(m_index);
        return s;
    }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect tab = m_bar->tabRect(m_index);
        return QRect(m_bar->mapToGlobal(tab.topLeft()), tab.size());
    }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return withoutMnemonic(m_bar->tabText(m_index));
        if (t == QAccessible::Description)
            return m_bar->tabToolTip(m_index);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (isValid() && name == pressAction())
            m_bar->setCurrentIndex(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    int index() const { return m_index; }

private:
    QPointer<QTabBar> m_bar;
    int m_index;
};

class TabBarAccessible : public QAccessibleWidget
{
public:
    explicit TabBarAccessible(QTabBar *bar)
        : QAccessibleWidget(bar, QAccessible::PageTabList)
    {
    }
    ~TabBarAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
    }

    QTabBar *bar() const { return static_cast<QTabBar *>(object()); }

    // The n-th visible tab's index in the bar, or -1.
    int tabIndex(int visibleIndex) const
    {
        int seen = 0;
        for (int i = 0; i < bar()->count(); ++i) {
            if (!bar()->isTabVisible(i))
                continue;
            if (seen++ == visibleIndex)
                return i;
        }
        return -1;
    }

    int childCount() const override
    {
        int visible = 0;
        for (int i = 0; i < bar()->count(); ++i)
            visible += bar()->isTabVisible(i) ? 1 : 0;
        return visible;
    }

    QAccessibleInterface *child(int index) const override
    {
        const int tab = tabIndex(index);
        if (tab < 0)
            return nullptr;
        if (const auto it = m_ids.constFind(tab); it != m_ids.constEnd())
            return QAccessible::accessibleInterface(*it);
        auto *iface = new TabAccessible(bar(), tab);
        m_ids.insert(tab, QAccessible::registerAccessibleInterface(iface));
        return iface;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *tab = dynamic_cast<const TabAccessible *>(child);
        if (!tab || !bar()->isTabVisible(tab->index()))
            return -1;
        int visible = 0;
        for (int i = 0; i < tab->index(); ++i)
            visible += bar()->isTabVisible(i) ? 1 : 0;
        return visible;
    }

    QString text(QAccessible::Text t) const override
    {
        // As Qt's own: the bar is read as its current tab.
        if (t == QAccessible::Name && bar()->accessibleName().isEmpty())
            return withoutMnemonic(bar()->tabText(bar()->currentIndex()));
        return QAccessibleWidget::text(t);
    }

private:
    mutable QHash<int, QAccessible::Id> m_ids;
};

QAccessibleInterface *tabBarFactory(const QString &className, QObject *object)
{
    if (className == "QTabBar"_L1) {
        if (auto *bar = qobject_cast<QTabBar *>(object))
            return new TabBarAccessible(bar);
    }
    return nullptr;
}

} // namespace

void installAccessibleTabBar()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(tabBarFactory);
}

} // namespace bb::views

#pragma once

#include <QObject>

class QAbstractItemView;

namespace bb::views {

// Hovering a cell whose text is cut off ("Fake ORG Name of a very lo…") shows the whole text
// as a tooltip, unless the model gives a tooltip of its own. Names can then elide to leave
// room for the amounts, without hiding anything.
class ElidedTextTips : public QObject
{
    Q_OBJECT
public:
    // The filter lives as long as the view.
    static void install(QAbstractItemView *view);
    // The text a tooltip at `pos` (viewport coordinates) shows, or empty: for tests.
    static QString tipAt(const QAbstractItemView *view, const QPoint &pos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ElidedTextTips(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace bb::views

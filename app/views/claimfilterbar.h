#pragma once

#include "models/claimfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QToolButton;

namespace bb::views {

// The filters above the claims list and the drugs tree, in one row:
//   [Claim types ▾] [Dates: All dates ▾] [Search ...............] [x] Only where you may owe
//
//   ClaimFilterBar(QWidget *parent)
//   filter() / setFilter(ClaimFilter)    the current filters; setFilter updates the widgets
//   setToday(QDate)                      the day the date presets count from (default: today)
//   setTypeFilterVisible(bool)           the drugs tab hides the claim-type menu
//   setSearchDelay(int ms)               debounce of the search box (default 200 ms)
//   signal filterChanged(ClaimFilter)    once per change; typing emits after the delay, Enter
//                                        at once
//
// The bar holds no model: the view that owns it hands the filter to its proxy or model, so
// the claims list, the drugs tree and the overview all filter the same way (ClaimFilter).
class ClaimFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimFilterBar(QWidget *parent = nullptr);

    const models::ClaimFilter &filter() const { return m_filter; }
    void setFilter(const models::ClaimFilter &filter);
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setTypeFilterVisible(bool visible);
    void setSearchDelay(int milliseconds);

    // For tests and the shell's shortcuts (Ctrl+F focuses the search box).
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *dateCombo() const { return m_dates; }
    QCheckBox *oweCheck() const { return m_owe; }
    QToolButton *typesButton() const { return m_typesButton; }
    QMenu *typesMenu() const { return m_typesMenu; }

Q_SIGNALS:
    void filterChanged(const bb::models::ClaimFilter &filter);

private:
    void applySearch();
    void applyDatePreset();
    void applyTypes();
    void syncWidgets();
    void updateTypesButton();
    void emitIfChanged(const models::ClaimFilter &next);

    models::ClaimFilter m_filter;
    QDate m_today;
    QToolButton *m_typesButton = nullptr;
    QMenu *m_typesMenu = nullptr;
    QComboBox *m_dates = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_owe = nullptr;
    QTimer m_searchTimer;
    bool m_syncing = false;
};

} // namespace bb::views

#pragma once

#include "models/claimfilter.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;

class QLineEdit;
class QMenu;
class QPushButton;

namespace bb::views {

// The filters above the claims list and the drugs tree, in one row:
//   [Claim types ▾] [Dates: All dates ▾] [Search ...............] [x] Only where you may owe
//
// In a narrow window the check box moves to a second row instead of squeezing the search.
// The date menu offers All dates, Last 12 months, This year, each year that has claims
// (setYears) and "Custom dates…", which opens a dialog with a calendar for each end.
// The claim-type menu stays open while types are ticked, so several take one trip.
//
//   ClaimFilterBar(QWidget *parent)
//   filter() / setFilter(ClaimFilter)    the current filters; setFilter updates the widgets
//   setToday(QDate)                      the day the date presets count from (default: today)
//   setYears(QList<int>)                 the years the date menu offers, newest first
//   setCustomRange(from, to)             what the "Custom dates" dialog applies
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
    void setYears(const QList<int> &years);
    void setCustomRange(const QDate &from, const QDate &to);
    void setTypeFilterVisible(bool visible);
    void setSearchDelay(int milliseconds);

    // For tests and the shell's shortcuts (Ctrl+F focuses the search box).
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *dateCombo() const { return m_dates; }
    QCheckBox *oweCheck() const { return m_owe; }
    QPushButton *typesButton() const { return m_typesButton; }
    QMenu *typesMenu() const { return m_typesMenu; }
    // The "Custom dates" dialog while it is open (tests fill and accept it).
    QDialog *customRangeDialog() const { return m_rangeDialog; }
    bool isOweOnSecondRow() const { return m_oweWrapped; }
    // As narrow as the bar gets with the check box on the second row.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void filterChanged(const bb::models::ClaimFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillDates();
    void openCustomRange();
    void reflow();
    void applySearch();
    void applyDatePreset();
    void applyTypes();
    void syncWidgets();
    void updateTypesButton();
    void emitIfChanged(const models::ClaimFilter &next);

    models::ClaimFilter m_filter;
    QDate m_today;
    QPushButton *m_typesButton = nullptr;
    QMenu *m_typesMenu = nullptr;
    QComboBox *m_dates = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_owe = nullptr;
    QBoxLayout *m_firstRow = nullptr;
    QBoxLayout *m_secondRow = nullptr;
    QPointer<QDialog> m_rangeDialog;
    QList<int> m_years;
    bool m_oweWrapped = false;
    QTimer m_searchTimer;
    bool m_syncing = false;
};

} // namespace bb::views

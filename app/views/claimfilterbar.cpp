#include "views/claimfilterbar.h"

#include "fhir/claimtype.h"
#include "models/cell.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

using models::DatePreset;

// What a date menu entry stands for (its item data); presets keep their DatePreset value.
constexpr int kYearEntry = 100;
constexpr int kCustomEntry = 200;
constexpr int kYearRole = Qt::UserRole + 1;

// Every type the menu offers, in its order: the eight, then claims of a type the app does not
// know (they must stay findable, never vanish).
QList<fhir::ClaimType> menuTypes()
{
    QList<fhir::ClaimType> types(fhir::allClaimTypes.begin(), fhir::allClaimTypes.end());
    types.append(fhir::ClaimType::Unknown);
    return types;
}

} // namespace

ClaimFilterBar::ClaimFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    // A push button leaves room for its menu arrow; a text-only tool button drew it over the
    // last letters.
    m_typesButton = new QPushButton(this);
    m_typesMenu = new QMenu(m_typesButton);
    m_typesMenu->installEventFilter(this);
    //: Claim type menu: tick every type again.
    QAction *all = m_typesMenu->addAction(tr("Show all types"));
    connect(all, &QAction::triggered, this, [this] {
        models::ClaimFilter next = m_filter;
        next.showAllTypes();
        emitIfChanged(next);
    });
    m_typesMenu->addSeparator();
    for (const fhir::ClaimType type : menuTypes()) {
        QAction *action = m_typesMenu->addAction(fhir::claimTypeDisplayName(type));
        action->setCheckable(true);
        action->setData(int(type));
        connect(action, &QAction::toggled, this, &ClaimFilterBar::applyTypes);
    }
    m_typesButton->setMenu(m_typesMenu);

    m_dates = new QComboBox(this);
    m_dates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillDates();
    //: Tooltip of the date filter.
    m_dates->setToolTip(tr("Show claims whose service dates fall in this period"));
    connect(m_dates, &QComboBox::currentIndexChanged, this, &ClaimFilterBar::applyDatePreset);
    // Choosing "Custom dates" again (it may be the current entry) opens the dialog again.
    connect(m_dates, &QComboBox::activated, this, [this](int index) {
        if (m_dates->itemData(index).toInt() == kCustomEntry)
            openCustomRange();
    });

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    //: Placeholder of the claims search box.
    m_search->setPlaceholderText(tr("Search provider, diagnosis, procedure, drug or code"));
    // The search may get narrow in a small window (its text scrolls) rather than push the
    // window wider than the screen; the check box wraps first (reflow()).
    m_search->setMinimumWidth(150);
    //: Accessible name of the search field (its placeholder is the description).
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    // Re-filtering 10,000 claims takes milliseconds, but doing it for every keystroke of a
    // fast typist still queues work behind the keys: wait for a short pause.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, &ClaimFilterBar::applySearch);
    connect(m_search, &QLineEdit::textEdited, &m_searchTimer, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_syncing)
            applySearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ClaimFilterBar::applySearch);

    //: Filter: only claims with a deductible, coinsurance or copay left for the beneficiary.
    m_owe = new QCheckBox(tr("Only where you may owe"), this);
    connect(m_owe, &QCheckBox::toggled, this, [this](bool only) {
        if (m_syncing)
            return;
        models::ClaimFilter next = m_filter;
        next.setOnlyPatientResponsibility(only);
        emitIfChanged(next);
    });

    m_firstRow = new QHBoxLayout;
    m_firstRow->addWidget(m_typesButton);
    m_firstRow->addWidget(m_dates);
    m_firstRow->addWidget(m_search, 1);
    m_firstRow->addWidget(m_owe);
    m_secondRow = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_firstRow);
    layout->addLayout(m_secondRow);
    syncWidgets();
}

void ClaimFilterBar::fillDates()
{
    m_syncing = true;
    m_dates->clear();
    //: Date filter preset.
    m_dates->addItem(tr("All dates"), int(DatePreset::AllDates));
    //: Date filter preset: services in the twelve months up to today.
    m_dates->addItem(tr("Last 12 months"), int(DatePreset::Last12Months));
    //: Date filter preset: services since January 1 of the current year.
    m_dates->addItem(tr("This year"), int(DatePreset::ThisYear));
    for (const int year : std::as_const(m_years)) {
        if (year == m_today.year())
            continue; // "This year" already
        // The year as a plain number in every locale: "2022", never "2.022".
        m_dates->addItem(QString::number(year), kYearEntry);
        m_dates->setItemData(m_dates->count() - 1, year, kYearRole);
    }
    //: Date filter: opens a dialog to choose the first and last day.
    m_dates->addItem(tr("Custom dates…"), kCustomEntry);
    m_syncing = false;
}

void ClaimFilterBar::setYears(const QList<int> &years)
{
    if (years == m_years)
        return;
    m_years = years;
    fillDates();
    syncWidgets();
}

void ClaimFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    models::ClaimFilter next = m_filter;
    next.setDateRange(std::min(from, to), std::max(from, to));
    emitIfChanged(next);
    syncWidgets();
}

void ClaimFilterBar::openCustomRange()
{
    if (m_rangeDialog) {
        m_rangeDialog->raise();
        return;
    }
    auto *dialog = new QDialog(this);
    m_rangeDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    //: Title of the dialog that sets the date filter's first and last day.
    dialog->setWindowTitle(tr("Custom dates"));
    const QDate first = m_years.isEmpty() ? m_today.addYears(-1) : QDate(m_years.constLast(), 1, 1);
    const auto dateEdit = [dialog](const QDate &date, const QString &name) {
        auto *edit = new QDateEdit(date, dialog);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(models::dateFormat());
        return edit;
    };
    QDateEdit *from = dateEdit(m_filter.from().isValid() ? m_filter.from() : first, u"from"_s);
    QDateEdit *to = dateEdit(m_filter.to().isValid() ? m_filter.to() : m_today, u"to"_s);
    auto *form = new QFormLayout;
    //: Custom dates dialog: the first day of services to show.
    form->addRow(tr("&From:"), from);
    //: Custom dates dialog: the last day of services to show.
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    //: Custom dates dialog: what it does.
    auto *intro = new QLabel(tr("Show claims with services between these two days."), dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
        [this, from, to] { setCustomRange(from->date(), to->date()); });
    // Cancel puts the menu back on the filter in use.
    connect(dialog, &QDialog::finished, this, [this] { syncWidgets(); });
    dialog->open();
}

bool ClaimFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // A tick in the type menu keeps the menu open: choosing three types is one trip.
    if (watched == m_typesMenu) {
        QAction *action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease) {
            action = m_typesMenu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
                action = m_typesMenu->activeAction();
        }
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

QSize ClaimFilterBar::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (!m_oweWrapped)
        size.rwidth() -= m_owe->minimumSizeHint().width() + m_firstRow->spacing();
    return size;
}

void ClaimFilterBar::reflow()
{
    // One row when everything fits at its preferred width, else the check box goes below.
    const int spacing = m_firstRow->spacing();
    constexpr int searchRoom = 260; // what the search box should have before the check box
    int needed = searchRoom + m_owe->sizeHint().width() + 3 * spacing;
    if (m_typesButton->isVisibleTo(this))
        needed += m_typesButton->sizeHint().width() + spacing;
    needed += m_dates->sizeHint().width();
    const bool wrap = width() < needed;
    if (wrap == m_oweWrapped)
        return;
    m_oweWrapped = wrap;
    if (wrap) {
        m_firstRow->removeWidget(m_owe);
        m_secondRow->addWidget(m_owe);
    } else {
        m_secondRow->removeWidget(m_owe);
        m_firstRow->addWidget(m_owe);
    }
    updateGeometry();
}

void ClaimFilterBar::setFilter(const models::ClaimFilter &filter)
{
    m_searchTimer.stop();
    emitIfChanged(filter);
    syncWidgets();
}

void ClaimFilterBar::setToday(const QDate &today)
{
    m_today = today;
    fillDates(); // "This year" stands for another year now
    syncWidgets();
    applyDatePreset();
}

void ClaimFilterBar::setTypeFilterVisible(bool visible)
{
    m_typesButton->setVisible(visible);
    reflow();
}

void ClaimFilterBar::setSearchDelay(int milliseconds)
{
    m_searchTimer.setInterval(milliseconds);
}

void ClaimFilterBar::applySearch()
{
    m_searchTimer.stop();
    models::ClaimFilter next = m_filter;
    next.setSearchText(m_search->text());
    emitIfChanged(next);
}

void ClaimFilterBar::applyDatePreset()
{
    if (m_syncing)
        return;
    const int entry = m_dates->currentData().toInt();
    if (entry == kCustomEntry)
        return; // the dialog (opened by activated) sets the range
    models::ClaimFilter next = m_filter;
    if (entry == kYearEntry) {
        const int year = m_dates->currentData(kYearRole).toInt();
        next.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
    } else {
        next.setDatePreset(DatePreset(entry), m_today);
    }
    emitIfChanged(next);
}

void ClaimFilterBar::applyTypes()
{
    if (m_syncing)
        return;
    models::ClaimFilter next = m_filter;
    const QList<QAction *> actions = m_typesMenu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            next.setTypeShown(fhir::ClaimType(action->data().toInt()), action->isChecked());
    }
    emitIfChanged(next);
}

void ClaimFilterBar::emitIfChanged(const models::ClaimFilter &next)
{
    if (next == m_filter)
        return;
    m_filter = next;
    syncWidgets();
    Q_EMIT filterChanged(m_filter);
}

void ClaimFilterBar::syncWidgets()
{
    // Widgets follow the filter without re-entering the apply functions.
    m_syncing = true;
    const QList<QAction *> actions = m_typesMenu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setChecked(m_filter.isTypeShown(fhir::ClaimType(action->data().toInt())));
    }
    if (m_search->text() != m_filter.searchText() && !m_searchTimer.isActive())
        m_search->setText(m_filter.searchText());
    m_owe->setChecked(m_filter.onlyPatientResponsibility());
    // The entry whose range is the filter's; a range no entry has is "Custom dates", which
    // then names the range.
    const int custom = m_dates->count() - 1;
    int match = custom;
    for (int i = 0; i < custom && match == custom; ++i) {
        const int entry = m_dates->itemData(i).toInt();
        models::ClaimFilter probe;
        if (entry == kYearEntry) {
            const int year = m_dates->itemData(i, kYearRole).toInt();
            probe.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
        } else {
            probe.setDatePreset(DatePreset(entry), m_today);
        }
        if (probe.from() == m_filter.from() && probe.to() == m_filter.to())
            match = i;
    }
    m_dates->setItemText(custom,
        match == custom ? models::formatDateRange(m_filter.from(), m_filter.to())
                        : tr("Custom dates…"));
    m_dates->setCurrentIndex(match);
    m_syncing = false;
    updateTypesButton();
}

void ClaimFilterBar::updateTypesButton()
{
    // "Unknown" is a catch-all, not a ninth type: it is not counted in "5 of 8".
    int shown = 0;
    for (const fhir::ClaimType type : fhir::allClaimTypes)
        shown += m_filter.isTypeShown(type) ? 1 : 0;
    const int known = int(fhir::allClaimTypes.size());
    const bool unknownShown = m_filter.isTypeShown(fhir::ClaimType::Unknown);
    const QLocale locale;
    if (shown == known && unknownShown)
        //: Claim type menu button when no type is filtered out.
        m_typesButton->setText(tr("All claim types"));
    else if (shown == known)
        //: Claim type menu button: every type but claims of an unknown type.
        m_typesButton->setText(tr("All known claim types"));
    else
        //: Claim type menu button: %1 types ticked of %2.
        m_typesButton->setText(
            tr("%1 of %2 claim types").arg(locale.toString(shown), locale.toString(known)));
}

} // namespace bb::views

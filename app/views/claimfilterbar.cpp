#include "views/claimfilterbar.h"

#include "fhir/claimtype.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

using models::DatePreset;

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
    m_typesButton = new QToolButton(this);
    m_typesButton->setPopupMode(QToolButton::InstantPopup);
    m_typesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_typesMenu = new QMenu(m_typesButton);
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
    //: Date filter preset.
    m_dates->addItem(tr("All dates"), int(DatePreset::AllDates));
    //: Date filter preset: services in the twelve months up to today.
    m_dates->addItem(tr("Last 12 months"), int(DatePreset::Last12Months));
    //: Date filter preset: services since January 1 of the current year.
    m_dates->addItem(tr("This year"), int(DatePreset::ThisYear));
    //: Tooltip of the date filter.
    m_dates->setToolTip(tr("Show claims whose service dates fall in this period"));
    connect(m_dates, &QComboBox::currentIndexChanged, this, &ClaimFilterBar::applyDatePreset);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    //: Placeholder of the claims search box.
    m_search->setPlaceholderText(tr("Search provider, diagnosis, procedure, drug or code"));
    m_search->setMinimumWidth(260);
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_typesButton);
    layout->addWidget(m_dates);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_owe);
    syncWidgets();
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
    applyDatePreset();
}

void ClaimFilterBar::setTypeFilterVisible(bool visible)
{
    m_typesButton->setVisible(visible);
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
    models::ClaimFilter next = m_filter;
    next.setDatePreset(DatePreset(m_dates->currentData().toInt()), m_today);
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
    // A range set from code that matches no preset leaves the combo where it is.
    for (int i = 0; i < m_dates->count(); ++i) {
        models::ClaimFilter probe;
        probe.setDatePreset(DatePreset(m_dates->itemData(i).toInt()), m_today);
        if (probe.from() == m_filter.from() && probe.to() == m_filter.to())
            m_dates->setCurrentIndex(i);
    }
    m_syncing = false;
    updateTypesButton();
}

void ClaimFilterBar::updateTypesButton()
{
    int shown = 0;
    const QList<fhir::ClaimType> types = menuTypes();
    for (const fhir::ClaimType type : types)
        shown += m_filter.isTypeShown(type) ? 1 : 0;
    if (shown == int(types.size()))
        //: Claim type menu button when no type is filtered out.
        m_typesButton->setText(tr("All claim types"));
    else
        //: Claim type menu button: %1 types ticked of %2.
        m_typesButton->setText(tr("%1 of %2 claim types").arg(shown).arg(types.size()));
}

} // namespace bb::views

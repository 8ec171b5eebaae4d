#include "welcomepage.h"

#include "icons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

struct DemoUser
{
    const char *number; // the user is BBUser<number>, the password PW<number>!
    const char *shows; // untranslated source text, translated in WelcomePage's context
};

// A few users of docs/sandbox.md that show something different each.
constexpr DemoUser kDemoUsers[] = {
    {"00000", QT_TRANSLATE_NOOP("bb::WelcomePage", "130 claims of all 8 types")},
    {"00001", QT_TRANSLATE_NOOP("bb::WelcomePage", "43 claims, a typical record")},
    {"00004", QT_TRANSLATE_NOOP("bb::WelcomePage", "does not share personal information")},
    {"00007", QT_TRANSLATE_NOOP("bb::WelcomePage", "a name with accents")},
    {"00374", QT_TRANSLATE_NOOP("bb::WelcomePage", "2,919 claims, mostly prescriptions")},
    {"00006",
        QT_TRANSLATE_NOOP("bb::WelcomePage", "no Medicare record (login ends with an error)")},
};

QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(bigButton(tr("Try it with &demo data"), u"tryDemo"_s, this))
    , m_sandbox(bigButton(tr("Connect to CMS &sandbox"), u"connectSandbox"_s, this))
    , m_production(bigButton(tr("Connect to &Medicare (production)"), u"connectProduction"_s, this))
    , m_cancel(new QPushButton(tr("Cancel the &login"), this))
    , m_users(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);
    auto *title = new QLabel(tr("Welcome to Blue Button Viewer"), this);
    title->setObjectName(u"welcomeTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(title->text());

    auto *intro = new QLabel(
        tr("See your Medicare claims, coverage and prescriptions. Log in with your Medicare "
           "account, or try everything first with synthetic demo data on this computer."),
        this);
    intro->setWordWrap(true);

    updateIcons();
    m_demo->setDefault(true);
    m_demo->setAutoDefault(true);
    m_demo->setAccessibleDescription(tr("Starts a demo Medicare server on this computer"));
    auto *demoHint =
        new QLabel(tr("Log in with one of these demo users. Nothing leaves this computer."), this);
    demoHint->setWordWrap(true);

    m_users->setObjectName(u"demoUsers"_s);
    m_users->setAccessibleName(tr("Demo users"));
    m_users->setColumnCount(3);
    m_users->setHorizontalHeaderLabels({tr("User name"), tr("Password"), tr("What it shows")});
    m_users->setRowCount(int(std::size(kDemoUsers)));
    int row = 0;
    for (const DemoUser &user : kDemoUsers) {
        const QString number = QString::fromLatin1(user.number);
        const QStringList cells {u"BBUser"_s + number, u"PW"_s + number + u'!', tr(user.shows)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            m_users->setItem(row, column, item);
        }
        ++row;
    }
    m_users->verticalHeader()->setVisible(false);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->resizeColumnsToContents();
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_users->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_users->setMinimumHeight(m_users->horizontalHeader()->sizeHint().height()
        + m_users->verticalHeader()->length() + 2 * m_users->frameWidth());
    m_users->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *otherHint = new QLabel(
        tr("To see your own data, the app needs a client id and secret from the Blue Button "
           "developer sandbox; you can enter them in the next step."),
        this);
    otherHint->setWordWrap(true);

    m_status->setObjectName(u"welcomeStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *inner = new QVBoxLayout(column);
    inner->setSpacing(10);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addSpacing(12);
    inner->addWidget(m_demo);
    inner->addWidget(demoHint);
    inner->addWidget(m_users);
    inner->addSpacing(12);
    inner->addWidget(m_sandbox);
    inner->addWidget(m_production);
    inner->addWidget(otherHint);
    inner->addWidget(m_status);
    inner->addWidget(m_cancel, 0, Qt::AlignLeft);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    outer->addLayout(middle, 4);
    outer->addStretch(1);

    using Kind = auth::Environment::Kind;
    connect(m_demo, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(Kind::Local); });
    connect(
        m_sandbox, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(Kind::Sandbox); });
    connect(m_production, &QPushButton::clicked, this,
        [this] { Q_EMIT connectRequested(Kind::Production); });
    m_cancel->setObjectName(u"cancelLogin"_s);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &WelcomePage::cancelRequested);
    setTabOrder(m_demo, m_users);
    setTabOrder(m_users, m_sandbox);
    setTabOrder(m_sandbox, m_production);
}

void WelcomePage::updateIcons()
{
    m_demo->setIcon(themedIcon(u"demo"_s, this));
    m_sandbox->setIcon(themedIcon(u"connect"_s, this));
    m_production->setIcon(themedIcon(u"connect"_s, this));
}

void WelcomePage::changeEvent(QEvent *event)
{
    // The icons are drawn in the palette's text colour: redraw them for a new theme.
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void WelcomePage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString WelcomePage::status() const
{
    return m_status->text();
}

void WelcomePage::setBusy(bool busy)
{
    for (QPushButton *button : {m_demo, m_sandbox, m_production})
        button->setEnabled(!busy);
    m_cancel->setVisible(busy);
}

} // namespace bb

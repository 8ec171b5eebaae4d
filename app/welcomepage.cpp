#include "welcomepage.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
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

// The one action the screen leads with is bigger; the others are ordinary buttons.
void setProminent(QPushButton *button, bool prominent)
{
    QFont font = button->parentWidget()->font();
    if (prominent)
        font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setMinimumHeight(prominent ? button->sizeHint().height() * 3 / 2 : 0);
    button->setDefault(prominent);
    button->setAutoDefault(prominent);
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Try it with &demo data"), this))
    , m_sandbox(new QPushButton(tr("Connect to CMS &sandbox"), this))
    , m_production(new QPushButton(tr("Log in with &Medicare"), this))
    , m_developer(new QPushButton(tr("De&veloper settings…"), this))
    , m_cancel(new QPushButton(tr("Cancel the &login"), this))
    , m_users(new QTableWidget(this))
    , m_title(new QLabel(tr("Welcome to Blue Button Viewer"), this))
    , m_intro(wrappedLabel(u"welcomeIntro"_s, this))
    , m_loginHint(wrappedLabel(u"loginExplanation"_s, this))
    , m_demoHint(wrappedLabel(u"demoHint"_s, this))
    , m_notice(wrappedLabel(u"registrationNotice"_s, this))
    , m_status(wrappedLabel(u"welcomeStatus"_s, this))
    , m_column(nullptr)
{
    setObjectName(u"welcomePage"_s);
    m_demo->setObjectName(u"tryDemo"_s);
    m_sandbox->setObjectName(u"connectSandbox"_s);
    m_production->setObjectName(u"connectProduction"_s);
    m_developer->setObjectName(u"developerSettings"_s);
    m_title->setObjectName(u"welcomeTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(m_title->text());
    m_title->setWordWrap(true);

    updateIcons();
    m_demo->setAccessibleDescription(tr("Starts a demo Medicare server on this computer"));
    m_production->setAccessibleDescription(tr("Opens the Medicare.gov login page in this window"));
    m_developer->setAccessibleDescription(
        tr("Opens the settings for a Blue Button registration of your own"));
    m_demoHint->setText(tr("Log in with one of these demo users. Nothing leaves this computer."));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setAccessibleName(tr("Not registered with Medicare"));

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
            //: Tooltip of a row in the welcome screen's list of demo users.
            item->setToolTip(tr("Double-click to log in as %1").arg(cells.constFirst()));
            m_users->setItem(row, column, item);
        }
        ++row;
    }
    m_users->verticalHeader()->setVisible(false);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_users->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitUsers();
    m_users->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText); // sign-in errors can quote the server
    m_cancel->setObjectName(u"cancelLogin"_s);
    m_cancel->setVisible(false);

    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    m_column = new QVBoxLayout(column);
    m_column->setSpacing(10);

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
    // Double-click or Enter on a row logs in as that user (the style decides whether a
    // double-click also counts as activation; a second request while busy is ignored).
    const auto requestUser = [this](const QModelIndex &index) {
        if (!index.isValid() || !m_demo->isEnabled())
            return;
        Q_EMIT demoUserRequested(m_users->item(index.row(), 0)->text());
    };
    connect(m_users, &QAbstractItemView::doubleClicked, this, requestUser);
    connect(m_users, &QAbstractItemView::activated, this, requestUser);
    connect(
        m_sandbox, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(Kind::Sandbox); });
    connect(m_production, &QPushButton::clicked, this,
        [this] { Q_EMIT connectRequested(Kind::Production); });
    connect(m_developer, &QPushButton::clicked, this, &WelcomePage::developerSettingsRequested);
    connect(m_cancel, &QPushButton::clicked, this, &WelcomePage::cancelRequested);
    arrange();
}

void WelcomePage::setSetup(const Setup &setup)
{
    m_setup = setup;
    arrange();
}

void WelcomePage::arrange()
{
    // The widgets stay; only their order and prominence change with the setup.
    while (QLayoutItem *item = m_column->takeAt(0))
        delete item;

    const bool medicare = m_setup.medicare;
    setProminent(m_production, medicare);
    setProminent(m_demo, !medicare);

    if (medicare) {
        m_intro->setText(tr("See your Medicare claims, coverage and prescriptions on this "
                            "computer."));
        QString hint = tr("A Medicare.gov page opens in this window. You log in there: this app "
                          "never sees your password, and you choose what to share with it.");
        if (!m_setup.publisherName.isEmpty())
            hint += u' ' + tr("This copy is provided by %1.").arg(m_setup.publisherName);
        m_loginHint->setText(hint);
        m_column->addWidget(m_title);
        m_column->addWidget(m_intro);
        m_column->addSpacing(12);
        m_column->addWidget(m_production);
        m_column->addWidget(m_loginHint);
        m_column->addWidget(m_status);
        m_column->addWidget(m_cancel, 0, Qt::AlignLeft);
        m_column->addSpacing(24);
        m_column->addWidget(m_demo, 0, Qt::AlignLeft);
        m_column->addWidget(m_demoHint);
        m_column->addWidget(m_users);
        m_column->addWidget(m_sandbox, 0, Qt::AlignLeft);
        setTabOrder(m_production, m_demo);
        setTabOrder(m_demo, m_users);
        setTabOrder(m_users, m_sandbox);
    } else {
        m_intro->setText(tr("See Medicare claims, coverage and prescriptions. Try everything "
                            "with synthetic demo data on this computer."));
        QString notice = tr("This copy of Blue Button Viewer is not registered with Medicare "
                            "yet, so it cannot log in to Medicare.gov. If you got it from a "
                            "publisher, ask them for their version. Publishers: the file "
                            "docs/publishing.md that comes with the source code explains how "
                            "to register it.");
        if (!m_setup.problem.isEmpty())
            notice += u"\n\n"_s + m_setup.problem;
        m_notice->setText(notice);
        m_column->addWidget(m_title);
        m_column->addWidget(m_intro);
        m_column->addWidget(m_notice);
        m_column->addSpacing(12);
        m_column->addWidget(m_demo);
        m_column->addWidget(m_demoHint);
        m_column->addWidget(m_users);
        m_column->addWidget(m_status);
        m_column->addWidget(m_cancel, 0, Qt::AlignLeft);
        m_column->addSpacing(12);
        m_column->addWidget(m_sandbox, 0, Qt::AlignLeft);
        m_column->addWidget(m_developer, 0, Qt::AlignLeft);
        setTabOrder(m_demo, m_users);
        setTabOrder(m_users, m_sandbox);
        setTabOrder(m_sandbox, m_developer);
    }
    // After the layout took them: adding a widget to another parent hides it.
    m_production->setVisible(medicare);
    m_loginHint->setVisible(medicare);
    m_sandbox->setVisible(m_setup.sandbox);
    m_developer->setVisible(!medicare);
    m_notice->setVisible(!medicare);
    m_users->setVisible(true);
    m_demo->setVisible(true);
}

void WelcomePage::updateIcons()
{
    m_demo->setIcon(themedIcon(u"demo"_s, this));
    m_sandbox->setIcon(themedIcon(u"connect"_s, this));
    m_production->setIcon(themedIcon(u"connect"_s, this));
    m_developer->setIcon(themedIcon(u"settings"_s, this));
}

void WelcomePage::fitUsers()
{
    // The header follows the text size like the cells (it does not on its own when the size
    // was chosen before this page was laid out), and every user name and password shows whole.
    m_users->horizontalHeader()->setFont(font());
    m_users->resizeColumnsToContents();
    m_users->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 10);
    m_users->setMinimumHeight(m_users->horizontalHeader()->sizeHint().height()
        + m_users->verticalHeader()->length() + 2 * m_users->frameWidth());
}

void WelcomePage::changeEvent(QEvent *event)
{
    // The icons are drawn in the palette's text colour: redraw them for a new theme.
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitUsers();
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
    for (QPushButton *button : {m_demo, m_sandbox, m_production, m_developer})
        button->setEnabled(!busy);
    m_cancel->setVisible(busy);
}

} // namespace bb

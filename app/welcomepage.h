#pragma once

#include "auth/environment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace bb {

// The first screen. In a publisher's build (docs/publishing.md) it leads with "Log in with
// Medicare" and says in one sentence what will happen; the demo stays below. In a build that
// is not registered with Medicare it says so plainly and offers the demo and, for developers,
// the settings where their own Blue Button registration goes.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    // What the app can log in to right now.
    struct Setup
    {
        bool medicare = false; // production is configured (by the publisher or a developer)
        bool sandbox = false; // the CMS sandbox is configured
        QString publisherName; // who registered this build, when a publisher did
        QString problem; // why the publisher's configuration could not be used, if it could not
    };

    explicit WelcomePage(QWidget *parent = nullptr);

    void setSetup(const Setup &setup);
    const Setup &setup() const { return m_setup; }

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *sandboxButton() const { return m_sandbox; }
    // "Log in with Medicare".
    QPushButton *productionButton() const { return m_production; }
    QPushButton *developerButton() const { return m_developer; }
    QTableWidget *demoUsers() const { return m_users; }
    // Shown while a login is open (the system browser cannot tell the app it was closed).
    QPushButton *cancelButton() const { return m_cancel; }

    // A line under the buttons: what is happening ("Opening the login…") or went wrong.
    void setStatus(const QString &text);
    QString status() const;
    void setBusy(bool busy);

Q_SIGNALS:
    void connectRequested(bb::auth::Environment::Kind kind);
    // A double-click (or Enter) on a demo user: the demo login with that user name filled in.
    void demoUserRequested(const QString &userName);
    void cancelRequested();
    // The developer settings (Settings, Advanced).
    void developerSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitUsers();
    void updateIcons();
    void arrange();

    Setup m_setup;
    QPushButton *m_demo;
    QPushButton *m_sandbox;
    QPushButton *m_production;
    QPushButton *m_developer;
    QPushButton *m_cancel;
    QTableWidget *m_users;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_loginHint;
    QLabel *m_demoHint;
    QLabel *m_notice;
    QLabel *m_status;
    QVBoxLayout *m_column;
};

} // namespace bb

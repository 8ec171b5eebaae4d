#pragma once

#include "auth/environment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bb {

// The first screen: try the built-in demo (with its user names and passwords right there),
// or connect to the CMS sandbox or to Medicare itself.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *sandboxButton() const { return m_sandbox; }
    QPushButton *productionButton() const { return m_production; }
    QTableWidget *demoUsers() const { return m_users; }
    // Shown while a login is open (the system browser cannot tell the app it was closed).
    QPushButton *cancelButton() const { return m_cancel; }

    // A line under the buttons: what is happening ("Opening the login…") or went wrong.
    void setStatus(const QString &text);
    QString status() const;
    void setBusy(bool busy);

Q_SIGNALS:
    void connectRequested(bb::auth::Environment::Kind kind);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QPushButton *m_demo;
    QPushButton *m_sandbox;
    QPushButton *m_production;
    QPushButton *m_cancel;
    QTableWidget *m_users;
    QLabel *m_status;
};

} // namespace bb

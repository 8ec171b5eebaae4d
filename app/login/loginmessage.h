#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace bb::login {

// How the final word on a login is shown: the dialog closes on every outcome, and the app
// then tells the person what happened (the sentence comes from the OAuth flow, e.g.
// bb::auth::AuthError::message, or from BrowserDriver::failed).
enum class LoginMessageKind {
    Success, // connected
    Information, // the person cancelled or declined: nothing is wrong
    Problem, // not found, state mismatch, network or page failures
};

// A window-modal message box that deletes itself when closed; returns at once, so the GUI
// thread never waits for the person. The box is returned for tests.
QMessageBox *showLoginMessage(QWidget *parent, LoginMessageKind kind, const QString &message);

} // namespace bb::login

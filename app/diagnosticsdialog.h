#pragma once

#include "account/diagnostics.h"

#include <QDialog>
#include <QPointer>

class QPlainTextEdit;
class QPushButton;

namespace bb {

namespace account {
class CapabilityProbe;
} // namespace account

class AppController;

// Help → Diagnostics: what a support request needs (version, environment and API base, the
// server's capability statement, the last sync, the keychain, the recent log) as text a person
// can read and copy. Nothing secret (account::diagnosticsText() masks it).
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(AppController *controller, QWidget *parent = nullptr);

    QString text() const;
    // While the server's capability statement is on its way.
    bool isAskingServer() const;
    QPushButton *copyButton() const { return m_copy; }

public Q_SLOTS:
    void copyToClipboard();
    // Gathers everything again and asks the server anew.
    void refresh();

Q_SIGNALS:
    void textChanged();

private:
    account::DiagnosticsInfo gather() const;
    void render();

    QPointer<AppController> m_controller;
    account::CapabilityProbe *m_probe = nullptr;
    account::DiagnosticsInfo m_info;
    QPlainTextEdit *m_view = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace bb

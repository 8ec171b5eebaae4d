#pragma once

#include "account/syncproblem.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace bb {

// The inline, non-modal strip above the tabs that says what went wrong and offers the one
// action that fixes it (Retry, Retry missing pages, Reconnect, Open settings). Hidden while
// there is no problem; never takes the focus on its own.
class Banner : public QFrame
{
    Q_OBJECT

public:
    explicit Banner(QWidget *parent = nullptr);

    void setProblem(const account::SyncProblem &problem);
    account::SyncProblem problem() const { return m_problem; }

    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // The button caption for an action, translated; empty for None.
    static QString actionText(account::SyncProblem::Action action);

Q_SIGNALS:
    void actionTriggered(bb::account::SyncProblem::Action action);
    void dismissed();

private:
    account::SyncProblem m_problem;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_dismiss;
};

} // namespace bb

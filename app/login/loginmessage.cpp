#include "login/loginmessage.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace bb::login {

QMessageBox *showLoginMessage(QWidget *parent, LoginMessageKind kind, const QString &message)
{
    QMessageBox::Icon icon = QMessageBox::Information;
    QString title;
    switch (kind) {
    case LoginMessageKind::Success:
        title = QCoreApplication::translate("bb::login::LoginMessage", "Connected to Medicare");
        break;
    case LoginMessageKind::Information:
        title = QCoreApplication::translate("bb::login::LoginMessage", "Medicare login");
        break;
    case LoginMessageKind::Problem:
        icon = QMessageBox::Warning;
        title = QCoreApplication::translate("bb::login::LoginMessage", "Medicare login failed");
        break;
    }
    auto *box = new QMessageBox(icon, title, message, QMessageBox::Ok, parent);
    box->setObjectName(u"loginMessageBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace bb::login

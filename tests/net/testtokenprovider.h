#pragma once

#include "api/tokenprovider.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

// A TokenProvider for the tests: logs in to the local sandbox over plain HTTP (the mock
// Medicare login, like tests/sandbox) and refreshes with the token endpoint, asynchronously,
// one refresh shared by every caller.
class TestTokenProvider : public bb::api::TokenProvider
{
    Q_OBJECT

public:
    explicit TestTokenProvider(const QUrl &base, QObject *parent = nullptr);

    // Blocking (test set-up only). False when the login did not give tokens.
    bool login(const QString &user);

    QString accessToken() const override { return m_access; }
    QString patientId() const override { return m_patient; }
    void refresh(QObject *context, RefreshCallback done) override;

    int refreshCount() const { return m_refreshes; }

private:
    void finishRefresh(RefreshResult result);

    QUrl m_base;
    QNetworkAccessManager m_nam;
    QString m_access;
    QString m_refresh;
    QString m_patient;
    int m_refreshes = 0;
    bool m_refreshing = false;
    QList<QPair<QPointer<QObject>, RefreshCallback>> m_waiting;
};

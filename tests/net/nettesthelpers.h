#pragma once

#include "net/bluebuttonclient.h"
#include "sandbox/claimgenerator.h"
#include "sandbox/population.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/syntheticdata.h"
#include "testtokenprovider.h"

#include <QSet>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>

// What every test of the fetching client needs: the local sandbox in this thread, a signed-in
// user, and a client with quick retries (the sandbox's faults are instant to recover from).
struct NetFixture
{
    std::unique_ptr<bb::sandbox::SandboxServer> sandbox;
    std::unique_ptr<TestTokenProvider> tokens;
    std::unique_ptr<bb::net::BlueButtonClient> client;

    bool start()
    {
        sandbox = std::make_unique<bb::sandbox::SandboxServer>(1);
        return sandbox->listen();
    }

    static bb::net::ClientOptions quickOptions()
    {
        bb::net::ClientOptions o;
        o.retry.baseDelayMs = 10;
        o.retry.maxDelayMs = 100;
        o.retry.maxAttempts = 6;
        return o;
    }

    bool login(const QString &user, const bb::net::ClientOptions &options = quickOptions())
    {
        client.reset();
        tokens = std::make_unique<TestTokenProvider>(sandbox->baseUrl());
        if (!tokens->login(user))
            return false;
        client = std::make_unique<bb::net::BlueButtonClient>(
            bb::net::Endpoints::fromBaseUrl(sandbox->baseUrl()), tokens.get());
        client->setOptions(options);
        return true;
    }

    // The sandbox's own list of the user's claim ids, in server order: the ground truth.
    QStringList expectedClaimIds(const QString &user, const QString &type = {}) const
    {
        QStringList ids;
        const auto bene = sandbox->population().byUsername(user);
        if (!bene)
            return ids;
        const auto list = sandbox->data().claims(*bene);
        for (const auto &stub : list->claims) {
            const QString id = stub.resourceId();
            if (type.isEmpty() || id.startsWith(type + u'-'))
                ids << id;
        }
        return ids;
    }
};

inline bool waitFinished(bb::net::FetchJob *job, int timeoutMs = 60000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &bb::net::FetchJob::finished);
    return spy.wait(timeoutMs) && job->isFinished();
}

inline QStringList claimIds(const bb::net::FetchResult &result)
{
    QStringList ids;
    ids.reserve(result.claims.size());
    for (const auto &c : result.claims)
        ids << c.id;
    return ids;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline QList<int> failedStarts(const bb::net::FetchResult &result)
{
    QList<int> starts;
    for (const auto &f : result.failedPages)
        starts << f.startIndex;
    return starts;
}

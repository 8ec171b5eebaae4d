#include "sandbox/faults.h"

#include "sandbox/prng.h"

using namespace Qt::StringLiterals;

namespace bb::sandbox {

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_counter = 0;
    m_stormLeft = settings.throttleStormRequests;
    m_errorTurn = 0;
}

double FaultInjector::draw()
{
    Prng prng(Prng::mix(m_settings.seed, ++m_counter));
    return prng.unit();
}

FaultPlan FaultInjector::plan(const QString &path)
{
    FaultPlan plan;
    const bool fhir = path.startsWith("/v2/fhir/"_L1) && !path.endsWith("/metadata"_L1)
        && !path.contains("/.well-known/"_L1);
    const bool oauth = path.startsWith("/v2/o/"_L1) || path.startsWith("/v2/connect/"_L1);
    if (!fhir && !(oauth && m_settings.includeOAuth))
        return plan;

    plan.delayMs = m_settings.latencyMs;
    if (m_settings.jitterMs > 0)
        plan.delayMs += int(draw() * (m_settings.jitterMs + 1));

    if (m_stormLeft > 0) {
        --m_stormLeft;
        plan.forcedStatus = 429;
    } else if (m_settings.throttleRate > 0 && draw() < m_settings.throttleRate) {
        plan.forcedStatus = 429;
    } else if (m_settings.errorRate > 0 && draw() < m_settings.errorRate) {
        static constexpr int statuses[] = {500, 502, 503};
        plan.forcedStatus = statuses[m_errorTurn++ % 3];
    } else if (m_settings.dropRate > 0 && draw() < m_settings.dropRate) {
        plan.drop = true;
    } else if (m_settings.truncateRate > 0 && draw() < m_settings.truncateRate) {
        plan.truncate = true;
    }
    plan.slowBytesPerSecond = m_settings.slowBodyBytesPerSecond;
    return plan;
}

} // namespace bb::sandbox

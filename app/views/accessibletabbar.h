#pragma once

namespace bb::views {

// Tab bars as screen readers should see them: Qt 6.4 exposes every tab, including the ones
// hidden with setTabVisible(false) (the claim detail hides the sections a claim has not, such
// as Prescription for a hospital claim), so Orca reads tabs that are not there. This factory
// exposes only the visible tabs. Idempotent; call before the first window shows.
void installAccessibleTabBar();

} // namespace bb::views

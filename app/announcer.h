#pragma once

#include <QString>

class QWidget;

namespace bb {

// Tells screen readers what just happened without moving the focus ("Saved claims.csv",
// "Loading claims: 120 of 900", an error). Qt 6.4 has no announcement event (6.8 does): the
// message becomes the accessible name of the window's status bar (or of `source` when the
// window has none), which then raises a name-change and an alert event; AT-SPI passes both
// on, and Orca speaks alerts.
void announce(QWidget *source, const QString &message);

// For progress ("Loading claims… 1,200 of 2,919"): announced at most every ten seconds, so a
// screen reader is not kept talking by every page that arrives.
void announceProgress(QWidget *source, const QString &message);

// The last message announced for `window`, for tests.
QString lastAnnouncement(QWidget *window);

} // namespace bb

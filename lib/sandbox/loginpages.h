#pragma once

#include <QDate>
#include <QString>

namespace bb::sandbox {

// The HTML the sandbox serves to a person: the mock Medicare.gov login (two steps) and BB2's
// consent page, in English or Spanish. These are the server's pages, so their texts live in
// the table in loginpages.cpp, not in the application's translations.
//
// Stable element ids for tests and for screen readers' landmarks:
//   login step 1: form#login-form, input#username-textbox, button#continue-button
//   login step 2: input#password-textbox, button#login-button, p#login-error (on failure)
//   consent:      form#consent-form, input#radio_1 (Personal Information), button#approve
//                 (Connect, name="allow"), button#deny (Cancel)
//   not found:    a#not-found-link (to redirect_uri?error=not_found)
namespace loginpages {

QString usernamePage(const QString &lang, const QString &relay, const QString &userName = {});
QString passwordPage(
    const QString &lang, const QString &relay, const QString &username, bool failed);
QString consentPage(const QString &lang, const QString &approvalId, const QString &appName,
    const QDate &accessUntil, bool offerDemographics, bool demographicsChecked);
QString notFoundPage(const QString &lang, const QString &returnUrl);
QString expiredSessionPage(const QString &lang);

} // namespace loginpages
} // namespace bb::sandbox

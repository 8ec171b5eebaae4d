#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Reading the sandbox's own mock Medicare.gov and consent pages, for scripted sign-ins that
// walk them over plain HTTP (`bbviewer export --env local --demo-user`, the tests, the
// benchmarks). They read the pages exactly as this sandbox writes them; they are not an HTML
// parser. Forms are encoded with toUrlEncoded() (sandbox/httpmessage.h).
namespace bb::sandbox::mockpages {

// The value of the page's <input name="...">, entities decoded; empty when there is none.
QString inputValue(const QByteArray &html, const QString &name);
// The page's first <form action="...">.
QString formAction(const QByteArray &html);
// The href of the page's <a id="...">.
QString linkHref(const QByteArray &html, const QString &id);
// The form fields that answer the consent page: share personal information as
// `shareDemographics` says, else as the page offers by default (the hidden "False" goes first,
// as the page's own checkbox form sends it); Connect when `allow`, else Cancel.
QList<QPair<QString, QString>> consentAnswer(
    const QByteArray &html, std::optional<bool> shareDemographics, bool allow);

} // namespace bb::sandbox::mockpages

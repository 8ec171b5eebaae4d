#include "sandbox/loginpages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bb::sandbox::loginpages {

namespace {

enum class Text {
    LoginTitle,
    LoginHeading,
    SandboxNotice,
    Username,
    Continue,
    Password,
    LogIn,
    LoginFailed,
    ChangeUser,
    ConsentTitle,
    ConsentIntro,
    AccessNotice,
    AlwaysShared,
    AlwaysSharedDetail,
    PersonalInfo,
    PersonalInfoDetail,
    Connect,
    Cancel,
    NotFoundTitle,
    NotFoundBody,
    NotFoundLink,
    SessionExpired,
    OtherLanguage,
};

struct Entry
{
    Text key;
    const char *en;
    const char *es;
};

// UTF-8 source; the Spanish texts follow Medicare.gov's own Spanish wording where known.
const Entry kTexts[] = {
    {Text::LoginTitle, "Log in - Medicare.gov (local sandbox)",
        "Iniciar sesión - Medicare.gov (sandbox local)"},
    {Text::LoginHeading, "Log in to Medicare.gov", "Inicie sesión en Medicare.gov"},
    {Text::SandboxNotice,
        "This is the local Blue Button sandbox. It holds synthetic data only: log in as "
        "BBUser00000 with password PW00000!.",
        "Este es el sandbox local de Blue Button. Solo contiene datos sintéticos: inicie sesión "
        "como BBUser00000 con la contraseña PW00000!."},
    {Text::Username, "Username", "Nombre de usuario"},
    {Text::Continue, "Continue", "Continuar"},
    {Text::Password, "Password", "Contraseña"},
    {Text::LogIn, "Log in", "Entrar"},
    {Text::LoginFailed, "Your username or password doesn't match. Try again.",
        "Su nombre de usuario o contraseña no coinciden. Inténtelo de nuevo."},
    {Text::ChangeUser, "Not %1? Use another account", "¿No es %1? Use otra cuenta"},
    {Text::ConsentTitle, "Connect your Medicare claims data to %1?",
        "¿Conectar sus datos de reclamaciones de Medicare con %1?"},
    {Text::ConsentIntro, "%1 is asking to access your Medicare information.",
        "%1 solicita acceso a su información de Medicare."},
    {Text::AccessNotice, "%1 will have access to your data for 13 months, until %2.",
        "%1 tendrá acceso a sus datos durante 13 meses, hasta el %2."},
    {Text::AlwaysShared, "Claims and coverage", "Reclamaciones y cobertura"},
    {Text::AlwaysSharedDetail,
        "Your Medicare claims (doctor visits, hospital stays, equipment, prescriptions) and your "
        "coverage (Parts A, B, C and D)",
        "Sus reclamaciones de Medicare (consultas médicas, hospitalizaciones, equipos, recetas) y "
        "su cobertura (Partes A, B, C y D)"},
    {Text::PersonalInfo, "Personal Information", "Información personal"},
    {Text::PersonalInfoDetail, "Your name, address, date of birth, race, and sex",
        "Su nombre, dirección, fecha de nacimiento, raza y sexo"},
    {Text::Connect, "Connect", "Conectar"},
    {Text::Cancel, "Cancel", "Cancelar"},
    {Text::NotFoundTitle, "We couldn't find your Medicare information",
        "No pudimos encontrar su información de Medicare"},
    {Text::NotFoundBody, "Your Medicare.gov account has no Medicare claims data we can share.",
        "Su cuenta de Medicare.gov no tiene datos de reclamaciones de Medicare que podamos "
        "compartir."},
    {Text::NotFoundLink, "Return to the application", "Volver a la aplicación"},
    {Text::SessionExpired, "This login session has expired. Start again from the application.",
        "Esta sesión ha caducado. Vuelva a empezar desde la aplicación."},
    {Text::OtherLanguage, "Español", "English"},
};

QString text(const QString &lang, Text key)
{
    for (const Entry &e : kTexts) {
        if (e.key == key)
            return QString::fromUtf8(lang == u"es"_s ? e.es : e.en);
    }
    return {};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString page(
    const QString &lang, const QString &title, const QString &body, const QString &otherLangHref)
{
    const QString other = lang == u"es"_s ? u"en"_s : u"es"_s;
    return uR"(<!DOCTYPE html>
<html lang="%1">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%2</title>
<style>
body { font-family: "Open Sans", Arial, sans-serif; margin: 0; color: #1b1b1b; background: #f1f1f1; }
header { background: #0071bc; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
header a { color: #fff; }
main { max-width: 560px; margin: 32px auto; background: #fff; padding: 24px 32px; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
h1 { font-size: 1.6rem; margin-top: 0; }
label { display: block; font-weight: 600; margin: 16px 0 4px; }
input[type=text], input[type=password] { width: 100%; box-sizing: border-box; font-size: 1rem; padding: 8px; border: 2px solid #565c65; border-radius: 2px; }
input:focus, button:focus, a:focus { outline: 3px solid #fd0; outline-offset: 2px; }
button { font-size: 1rem; font-weight: 700; padding: 10px 20px; margin: 20px 12px 0 0; border-radius: 4px; border: 2px solid #0071bc; cursor: pointer; }
.primary { background: #0071bc; color: #fff; }
.secondary { background: #fff; color: #0071bc; }
.notice { background: #e7f6f8; border-left: 6px solid #00bde3; padding: 8px 12px; font-size: .9rem; }
.error { background: #f4e3db; border-left: 6px solid #d54309; padding: 8px 12px; font-weight: 600; }
.scope { border: 1px solid #dfe1e2; padding: 8px 12px; margin: 12px 0; }
.checkbox { display: flex; gap: 10px; align-items: flex-start; }
.checkbox input { width: 20px; height: 20px; margin-top: 3px; }
.checkbox label { margin: 0; }
</style>
</head>
<body>
<header><span>Medicare.gov</span><a id="language-link" href="%4" lang="%5">%3</a></header>
<main id="main-content">
%6
</main>
</body>
</html>
)"_s.arg(lang, esc(title), esc(text(lang, Text::OtherLanguage)), esc(otherLangHref), other, body);
}

QString withLang(const QString &path, const QString &lang)
{
    return path + (path.contains(u'?') ? u"&lang="_s : u"?lang="_s) + lang;
}

} // namespace

QString usernamePage(const QString &lang, const QString &relay, const QString &userName)
{
    const QString body = uR"(<h1>%1</h1>
<p class="notice" id="sandbox-notice">%2</p>
<form id="login-form" method="post" action="/mymedicare/login">
<input type="hidden" name="relay" value="%3">
<input type="hidden" name="step" value="username">
<input type="hidden" name="lang" value="%6">
<label for="username-textbox">%4</label>
<input type="text" id="username-textbox" name="username" value="%7" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus>
<button type="submit" id="continue-button" class="primary">%5</button>
</form>)"_s.arg(esc(text(lang, Text::LoginHeading)), esc(text(lang, Text::SandboxNotice)),
        esc(relay), esc(text(lang, Text::Username)), esc(text(lang, Text::Continue)), lang,
        esc(userName));
    const QString other = lang == u"es"_s ? u"en"_s : u"es"_s;
    return page(lang, text(lang, Text::LoginTitle), body,
        u"/mymedicare/login?relay="_s + esc(relay) + u"&lang="_s + other);
}

QString passwordPage(
    const QString &lang, const QString &relay, const QString &username, bool failed)
{
    const QString error = failed
        ? uR"(<p class="error" id="login-error" role="alert">%1</p>)"_s.arg(
            esc(text(lang, Text::LoginFailed)))
        : QString();
    const QString other = lang == u"es"_s ? u"en"_s : u"es"_s;
    const QString restart = u"/mymedicare/login?relay="_s + esc(relay) + u"&lang="_s + lang;
    const QString body = uR"(<h1>%1</h1>
%2
<form id="login-form" method="post" action="/mymedicare/login">
<input type="hidden" name="relay" value="%3">
<input type="hidden" name="step" value="password">
<input type="hidden" name="lang" value="%9">
<input type="hidden" name="username" value="%4">
<p id="username-display"><strong>%5:</strong> %4</p>
<label for="password-textbox">%6</label>
<input type="password" id="password-textbox" name="password" autocomplete="current-password" required autofocus%8>
<button type="submit" id="login-button" class="primary">%7</button>
</form>
<p><a id="change-user-link" href="%10">%11</a></p>)"_s
                             .arg(esc(text(lang, Text::LoginHeading)), error, esc(relay),
                                 esc(username), esc(text(lang, Text::Username)),
                                 esc(text(lang, Text::Password)), esc(text(lang, Text::LogIn)),
                                 failed ? u" aria-describedby=\"login-error\""_s : QString(), lang)
                             .arg(restart, esc(text(lang, Text::ChangeUser).arg(username)));
    return page(lang, text(lang, Text::LoginTitle), body,
        u"/mymedicare/login?relay="_s + esc(relay) + u"&lang="_s + other);
}

QString consentPage(const QString &lang, const QString &approvalId, const QString &appName,
    const QDate &accessUntil, bool offerDemographics, bool demographicsChecked)
{
    const QLocale locale(
        lang == u"es"_s ? QLocale::Spanish : QLocale::English, QLocale::UnitedStates);
    const QString until = lang == u"es"_s ? locale.toString(accessUntil, u"d 'de' MMMM 'de' yyyy"_s)
                                          : locale.toString(accessUntil, u"MMMM d, yyyy"_s);
    QString demographics;
    if (offerDemographics) {
        demographics = uR"(<input type="hidden" name="share_demographic_scopes" value="False">
<div class="scope checkbox">
<input type="checkbox" id="radio_1" name="share_demographic_scopes" value="True"%1 aria-describedby="radio_1_detail">
<div><label for="radio_1">%2</label><span id="radio_1_detail">%3</span></div>
</div>)"_s.arg(demographicsChecked ? u" checked"_s : QString(), esc(text(lang, Text::PersonalInfo)),
            esc(text(lang, Text::PersonalInfoDetail)));
    }
    const QString action = u"/v2/o/authorize/"_s + approvalId + u"/"_s;
    const QString body = uR"(<h1 id="consent-title">%1</h1>
<p>%2</p>
<p id="access-notice">%3</p>
<form id="consent-form" method="post" action="%4">
<input type="hidden" name="lang" value="%9">
<div class="scope" id="always-shared"><strong>%5</strong><br>%6</div>
%7
<button type="submit" id="approve" name="allow" value="Connect" class="primary">%8</button>
<button type="submit" id="deny" class="secondary">%10</button>
</form>)"_s.arg(esc(text(lang, Text::ConsentTitle).arg(appName)),
               esc(text(lang, Text::ConsentIntro).arg(appName)),
               esc(text(lang, Text::AccessNotice).arg(appName, until)), esc(action),
               esc(text(lang, Text::AlwaysShared)), esc(text(lang, Text::AlwaysSharedDetail)),
               demographics, esc(text(lang, Text::Connect)), lang)
                             .arg(esc(text(lang, Text::Cancel)));
    return page(lang, text(lang, Text::ConsentTitle).arg(appName), body,
        withLang(action, lang == u"es"_s ? u"en"_s : u"es"_s));
}

QString notFoundPage(const QString &lang, const QString &returnUrl)
{
    const QString body = uR"(<h1>%1</h1>
<p>%2</p>
<p><a id="not-found-link" href="%3">%4</a></p>)"_s.arg(esc(text(lang, Text::NotFoundTitle)),
        esc(text(lang, Text::NotFoundBody)), esc(returnUrl), esc(text(lang, Text::NotFoundLink)));
    return page(lang, text(lang, Text::NotFoundTitle), body, u"#"_s);
}

QString expiredSessionPage(const QString &lang)
{
    const QString body = uR"(<h1>%1</h1>)"_s.arg(esc(text(lang, Text::SessionExpired)));
    return page(lang, text(lang, Text::SessionExpired), body, u"#"_s);
}

} // namespace bb::sandbox::loginpages

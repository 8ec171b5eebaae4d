#include "auth/redaction.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace bb::auth {

namespace {

// Parameter names whose values are secrets. `code` is the authorization code, `token` the
// RFC 7009 revocation parameter, `req_token` the Medicare login's one-time token.
constexpr auto secretKeys =
    "(?:access_token|refresh_token|id_token|code_verifier|client_secret|req_token|password|token|"
    "code)"_L1;

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    Q_ASSERT(re.isValid());
    return re;
}

// key=value in a query or form body. The look-behind keeps `error_code=` or `x-code=` apart
// from `code=`; `code_challenge=` never matches because the key must end at the `=`.
const QRegularExpression &formPair()
{
    static const QRegularExpression re =
        compile(uR"((?<![\w.%-])()"_s + secretKeys + uR"()=([^&;\s"'#]*))"_s);
    return re;
}

// The same inside a percent-encoded URL that is itself a parameter (`redirect=…%3Fcode%3D…`).
const QRegularExpression &encodedFormPair()
{
    static const QRegularExpression re =
        compile(uR"((%3F|%26)()"_s + secretKeys + uR"()%3D((?:(?!%26)[^&;\s"'#])*))"_s);
    return re;
}

// "key": "value" in JSON (also JSON escaped inside a JSON string), and Qt's debug output of
// maps and pairs: ("key", QVariant(QString, "value")) or std::pair("key","value").
const QRegularExpression &quotedPair()
{
    static const QRegularExpression re = compile(uR"((\\?["'])()"_s + secretKeys
        + uR"()\1(\s*[:,=]\s*(?:QVariant\(\s*\w+\s*,\s*)?)(\\?["'])[^"'\\]*\4)"_s);
    return re;
}

// key: value written by hand into a message.
const QRegularExpression &colonPair()
{
    static const QRegularExpression re =
        compile(uR"((?<![\w.%-])()"_s + secretKeys + uR"()(\s*:\s*)(?!//)([^\s,;"'&}]+))"_s);
    return re;
}

// Authorization: <scheme> <credentials> as a header line, in a header list or in Qt's debug
// output of a raw header pair ("Authorization", "Bearer …").
const QRegularExpression &authorizationHeader()
{
    static const QRegularExpression re =
        compile(uR"(((?:proxy-)?authorization["']?\s*[:=,]\s*["']?)(?:(\w+)\s+)?[^\s"',;)]+)"_s);
    return re;
}

// A bearer token anywhere else, e.g. in a curl command line. Short words are left alone so
// that prose like "bearer token expired" stays readable.
const QRegularExpression &bearerToken()
{
    static const QRegularExpression re = compile(uR"(\b(bearer)\s+[A-Za-z0-9\-._~+/]{8,}=*)"_s);
    return re;
}

struct Registry
{
    QReadWriteLock lock;
    // Longest first, so that a secret that contains another one is masked whole.
    QStringList values;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// `code=404`, `error code: 500`: a short number after `code` is a status or error code, not an
// authorization code (those are long random strings), and hiding it would only hurt debugging.
bool isStatusNumber(QStringView key, QStringView value)
{
    return key.compare(u"code", Qt::CaseInsensitive) == 0 && !value.isEmpty() && value.size() <= 4
        && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
}

// Replaces the captured value of every match with the marker, keeping everything around it.
QString maskValueGroup(
    const QString &text, const QRegularExpression &re, int keyGroup, int valueGroup)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (isStatusNumber(m.capturedView(keyGroup), m.capturedView(valueGroup)))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(valueGroup) - last);
        out += redactionMarker();
        last = m.capturedEnd(valueGroup);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString maskPatterns(QString text)
{
    const QString marker = redactionMarker();
    // Header first: its credentials can look like a `key: value` pair to the later rules.
    text.replace(authorizationHeader(), u"\\1\\2 "_s + marker);
    text.replace(bearerToken(), u"\\1 "_s + marker);
    text.replace(quotedPair(), u"\\1\\2\\1\\3\\4"_s + marker + u"\\4"_s);
    text = maskValueGroup(text, encodedFormPair(), 2, 3);
    text = maskValueGroup(text, formPair(), 1, 2);
    text = maskValueGroup(text, colonPair(), 1, 3);
    return text;
}

QString maskValues(QString text, const QStringList &values)
{
    const QString marker = redactionMarker();
    for (const QString &value : values) {
        if (value.size() < MinRegisteredSecretLength)
            continue;
        text.replace(value, marker);
        // Tokens may contain characters that a URL or form body percent-encodes.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
        if (encoded != value)
            text.replace(encoded, marker);
    }
    return text;
}

std::atomic<QtMessageHandler> previousHandler {nullptr};
std::atomic<bool> installed {false};

void redactingMessageHandler(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (const QtMessageHandler previous = previousHandler.load())
        previous(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, clean)));
}

} // namespace

QString redactionMarker()
{
    return u"<redacted>"_s;
}

QString redact(const QString &message, const QStringList &knownSecrets)
{
    QStringList values = knownSecrets;
    std::sort(values.begin(), values.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // Patterns first: they keep the parameter names, so the log still says what was there.
    return maskValues(maskPatterns(message), values);
}

QString redact(const QString &message)
{
    Registry &r = registry();
    QReadLocker locker(&r.lock);
    return maskValues(maskPatterns(message), r.values);
}

void registerSecret(const QString &value)
{
    if (value.size() < MinRegisteredSecretLength)
        return;
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    if (r.values.contains(value))
        return;
    const auto at = std::find_if(r.values.cbegin(), r.values.cend(),
        [&value](const QString &v) { return v.size() < value.size(); });
    r.values.insert(at - r.values.cbegin(), value);
}

void unregisterSecret(const QString &value)
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    r.values.removeAll(value);
}

void clearRegisteredSecrets()
{
    Registry &r = registry();
    QWriteLocker locker(&r.lock);
    r.values.clear();
}

void installRedactingMessageHandler()
{
    if (installed.exchange(true))
        return;
    previousHandler.store(qInstallMessageHandler(redactingMessageHandler));
}

void removeRedactingMessageHandler()
{
    if (!installed.load())
        return;
    const QtMessageHandler current = qInstallMessageHandler(previousHandler.load());
    if (current != redactingMessageHandler) {
        // Someone chained on top of us; taking ours out from under them would drop theirs.
        qInstallMessageHandler(current);
        return;
    }
    installed.store(false);
    previousHandler.store(nullptr);
}

} // namespace bb::auth

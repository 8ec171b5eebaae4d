#include "sandbox/mockpages.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bb::sandbox::mockpages {

namespace {

// The two entities the sandbox's pages put into attribute values.
QString decodeEntities(QString text)
{
    return text.replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
}

QString firstCapture(const QRegularExpression &re, const QByteArray &html)
{
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(html));
    return m.hasMatch() ? decodeEntities(m.captured(1)) : QString();
}

} // namespace

QString inputValue(const QByteArray &html, const QString &name)
{
    return firstCapture(QRegularExpression(u"<input[^>]*name=\"%1\"[^>]*value=\"([^\"]*)\""_s.arg(
                            QRegularExpression::escape(name))),
        html);
}

QString formAction(const QByteArray &html)
{
    static const QRegularExpression re(u"<form[^>]*action=\"([^\"]*)\""_s);
    return firstCapture(re, html);
}

QString linkHref(const QByteArray &html, const QString &id)
{
    return firstCapture(QRegularExpression(u"<a[^>]*id=\"%1\"[^>]*href=\"([^\"]*)\""_s.arg(
                            QRegularExpression::escape(id))),
        html);
}

QList<QPair<QString, QString>> consentAnswer(
    const QByteArray &html, std::optional<bool> shareDemographics, bool allow)
{
    static const QRegularExpression checked(u"id=\"radio_1\"[^>]*checked"_s);
    const bool share =
        shareDemographics.value_or(checked.match(QString::fromUtf8(html)).hasMatch());
    QList<QPair<QString, QString>> fields {{u"share_demographic_scopes"_s, u"False"_s}};
    if (share)
        fields.append({u"share_demographic_scopes"_s, u"True"_s});
    if (allow)
        fields.append({u"allow"_s, u"Connect"_s});
    return fields;
}

} // namespace bb::sandbox::mockpages

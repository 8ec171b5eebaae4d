#include "net/pageurls.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::net {

int startIndexOf(const QUrl &url)
{
    bool ok = false;
    const int n = QUrlQuery(url).queryItemValue(u"startIndex"_s).toInt(&ok);
    return ok ? n : 0;
}

int pageSizeOf(const QUrl &url, int fallback)
{
    const QUrlQuery q(url);
    bool ok = false;
    int n = q.queryItemValue(u"_count"_s).toInt(&ok);
    if (!ok)
        n = q.queryItemValue(u"count"_s).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

QUrl withPageSize(const QUrl &url, int pageSize)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(u"count"_s);
    q.removeAllQueryItems(u"_count"_s);
    q.addQueryItem(u"_count"_s, QString::number(pageSize));
    QUrl out = url;
    out.setQuery(q);
    return out;
}

QUrl withStartIndex(const QUrl &url, int startIndex)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(u"startIndex"_s);
    if (startIndex > 0)
        q.addQueryItem(u"startIndex"_s, QString::number(startIndex));
    QUrl out = url;
    out.setQuery(q);
    return out;
}

QString pageKey(const QUrl &url)
{
    auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    // The first page is the same with or without startIndex=0.
    items.removeIf(
        [](const auto &item) { return item.first == "startIndex"_L1 && item.second == "0"_L1; });
    std::sort(items.begin(), items.end());
    QString key = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
                      .toString(QUrl::FullyEncoded);
    for (const auto &item : items)
        key += u'&' + item.first + u'=' + item.second;
    return key;
}

} // namespace bb::net

#pragma once

#include <QUrl>

namespace bb::net {

// `startIndex` of a search page URL; 0 when absent (the first page).
int startIndexOf(const QUrl &url);
// `_count` (or its alias `count`) of a search page URL; `fallback` when absent.
int pageSizeOf(const QUrl &url, int fallback);
// `url` asking for pages of `pageSize` (its `_count`; a `count` alias is dropped).
QUrl withPageSize(const QUrl &url, int pageSize);
// `url` asking for the page at `startIndex` (other parameters kept as the server wrote them).
QUrl withStartIndex(const QUrl &url, int startIndex);
// A key that is equal for two URLs of the same page, whatever the parameter order.
QString pageKey(const QUrl &url);

} // namespace bb::net

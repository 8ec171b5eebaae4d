#pragma once

#include "sandbox/httpmessage.h"

#include <optional>

namespace bb::sandbox {

// DNS rebinding: a web page on evil.example can point its own name at 127.0.0.1 and read the
// sandbox from the browser, since to the browser it is the page's own origin. The request then
// names the page's host, not ours. So only requests for the sandbox's own loopback address and
// port are served: Host must be 127.0.0.1:<port> or localhost:<port> (421 Misdirected Request
// otherwise, also when it is missing), and an Origin, when a browser sends one, must be
// http:// with that same host (403 otherwise).
std::optional<HttpResponse> refuseForeignRequest(const HttpRequest &request, quint16 port);

} // namespace bb::sandbox

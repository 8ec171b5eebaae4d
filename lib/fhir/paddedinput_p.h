#pragma once

#include <QByteArrayView>

#include <cstring>
#include <simdjson.h>
#include <vector>

namespace bb::fhir::detail {

// simdjson reads up to SIMDJSON_PADDING bytes past the end of its input: copies `json` into
// `buffer` (grown when needed, reused between documents by its thread, so there is no
// allocation per page; the copy stays in cache and is negligible beside the parse) with zeroed
// padding, and returns the view simdjson iterates.
inline simdjson::padded_string_view padInput(std::vector<char> &buffer, QByteArrayView json)
{
    const size_t length = size_t(json.size());
    if (buffer.size() < length + simdjson::SIMDJSON_PADDING)
        buffer.resize(length + simdjson::SIMDJSON_PADDING);
    if (length > 0)
        std::memcpy(buffer.data(), json.data(), length);
    std::memset(buffer.data() + length, 0, simdjson::SIMDJSON_PADDING);
    return simdjson::padded_string_view(buffer.data(), length, buffer.size());
}

} // namespace bb::fhir::detail

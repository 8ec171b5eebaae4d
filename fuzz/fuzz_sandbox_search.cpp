#include "sandbox/fhirsearch.h"

#include <QByteArrayView>
#include <QUrl>

#include <cstdlib>
#include <variant>

using namespace Qt::StringLiterals;

// The sandbox's search parameters come from whatever a client puts in the query string: the
// bytes are the query of a search on each resource. A search either parses to parameters the
// sandbox can page through or is answered with a 400.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray query(reinterpret_cast<const char *>(data), qsizetype(size));
    using bb::sandbox::SearchResource;
    for (SearchResource resource :
        {SearchResource::Patient, SearchResource::Coverage, SearchResource::ExplanationOfBenefit}) {
        bb::sandbox::HttpRequest request;
        request.method = "GET";
        request.url = QUrl(u"http://127.0.0.1:8000/v2/fhir/ExplanationOfBenefit/"_s);
        request.url.setQuery(QString::fromUtf8(query), QUrl::TolerantMode);
        request.path = request.url.path();
        const auto result = bb::sandbox::parseSearch(request, resource);
        if (const auto *response = std::get_if<bb::sandbox::HttpResponse>(&result)) {
            if (response->status != 400)
                std::abort();
            continue;
        }
        const auto &params = std::get<bb::sandbox::SearchParams>(result);
        if (params.count < 0 || params.startIndex < 0)
            std::abort();
        bb::sandbox::ClaimStub stub;
        stub.startDay = 2460000;
        stub.endDay = 2460010;
        stub.lastUpdatedMs = 1'700'000'000'000;
        (void)bb::sandbox::matchesDates(stub, params);
        (void)bb::sandbox::matchesLastUpdated(stub.lastUpdatedMs, params);
        const bb::sandbox::PageLinks links = bb::sandbox::pageLinks(
            QUrl(u"http://127.0.0.1:8000"_s), resource, params, u"patient"_s, u"-1"_s, 1000, false);
        (void)links;
    }
    return 0;
}

#include "requestsdata.h"

namespace requestsdata {

QByteArray emptyBundle()
{
    return R"({"resourceType":"Bundle","type":"searchset","total":0})";
}

QByteArray capabilityStatement()
{
    return R"({"resourceType":"CapabilityStatement"})";
}

QByteArray bundleWithForeignNextLink()
{
    return R"({"resourceType":"Bundle","type":"searchset","total":2,"link":[{"relation":"next","url":"https://evil.example/v2/fhir/ExplanationOfBenefit?startIndex=1&_count=1"}]})";
}

QByteArray errorDetail()
{
    return R"({"detail": "Server says no."})";
}

} // namespace requestsdata

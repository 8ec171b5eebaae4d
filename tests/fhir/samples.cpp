#include "samples.h"

// Multi-line raw strings live here, away from moc, which mis-parses them.

QByteArray mixedBundleSample()
{
    return R"({"resourceType":"Bundle","type":"searchset","total":4,"entry":[
            {"resource":{"resourceType":"ExplanationOfBenefit","id":"carrier--1","billablePeriod":{"start":"2020-01-02"}}},
            {"resource":"not an object"},
            {"resource":{"resourceType":"ExplanationOfBenefit","status":"active"}},
            {"resource":{"resourceType":"ExplanationOfBenefit","id":"pde--2","type":{"coding":[{"system":"https://bluebutton.cms.gov/resources/codesystem/eob-type","code":"PDE"}]}}}
        ]})";
}

QByteArray oddShapesSample()
{
    return R"({"resourceType":"ExplanationOfBenefit","id":"weird-77",
            "futureField": {"deep": [1, 2, {"x": null}]},
            "type":{"coding":[{"system":"https://bluebutton.cms.gov/resources/codesystem/eob-type","code":"NEWTYPE"}]},
            "billablePeriod": "not an object",
            "diagnosis": {"not": "an array"},
            "item":[{"sequence":"one","quantity":{"value":"lots"},"adjudication":[
                {"category":{"coding":[{"code":"brandnew","display":"Brand new category"}]},"amount":{"value":12.34}}]}],
            "payment":{"amount":{"value":"oops"}}})";
}

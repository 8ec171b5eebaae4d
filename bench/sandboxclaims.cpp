#include "sandboxclaims.h"

#include "fhir/parser.h"
#include "sandbox/claimgenerator.h"
#include "sandbox/population.h"

QList<bb::fhir::Claim> sandboxClaims(int count)
{
    const bb::sandbox::Population population(1);
    const bb::sandbox::Beneficiary bene = population.at(10001);
    const bb::sandbox::ClaimGenerator generator(1);
    const auto list = generator.list(bene);
    QList<bb::fhir::Claim> claims;
    claims.reserve(count);
    for (int i = 0; i < count && !list->claims.empty(); ++i) {
        const auto &stub = list->claims.at(size_t(i) % list->claims.size());
        QList<bb::fhir::Claim> parsed =
            bb::fhir::parseDocument(generator.eobJson(bene, stub)).claims;
        if (parsed.isEmpty())
            continue;
        if (i >= int(list->claims.size()))
            parsed.first().id += u'-' + QString::number(i);
        claims << parsed.first();
    }
    return claims;
}

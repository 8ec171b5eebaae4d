#include "fhir/readers_p.h"

#include <algorithm>

namespace bb::fhir::detail {

namespace {

error_code readName(Reader &r, value &v, HumanName &n)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "use")
            n.use = pooled(r, fv);
        else if (key == "family")
            n.family = string(fv);
        else if (key == "text")
            n.text = string(fv);
        else if (key == "given")
            return forEachElement(fv, [&](value &gv) -> error_code {
                n.given.append(string(gv));
                return SUCCESS;
            });
        return SUCCESS;
    });
}

error_code readIdentifier(Reader &r, value &v, PatientIdentifier &id)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "system") {
            const std::string_view system = stringView(fv);
            id.system = r.pool.intern(system);
            if (endsWith(system, "us-mbi"))
                id.kind = PatientIdentifier::Kind::Mbi;
            else if (endsWith(system, "/bene_id"))
                id.kind = PatientIdentifier::Kind::BeneficiaryId;
        } else if (key == "value") {
            id.value = string(fv);
        } else if (key == "period") {
            DateRange p;
            const error_code e = readPeriod(fv, p);
            id.since = p.start;
            return e;
        } else if (key == "type") {
            // type.coding[0] carries the code and, as an extension, whether the MBI is current.
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k != "coding")
                    return SUCCESS;
                return forEachElement(x, [&](value &cv) -> error_code {
                    return forEachField(cv, [&](std::string_view ck, value &cx) -> error_code {
                        if (ck == "code") {
                            id.typeCode = pooled(r, cx);
                        } else if (ck == "extension") {
                            return forEachElement(cx, [&](value &ev) -> error_code {
                                return forEachField(
                                    ev, [&](std::string_view ek, value &ex) -> error_code {
                                        if (ek != "valueCoding")
                                            return SUCCESS;
                                        Coding c;
                                        const error_code ce = readCoding(r, ex, c);
                                        if (c.system.endsWith(QLatin1String("identifier-currency")))
                                            id.current = c.code != QLatin1String("historic");
                                        return ce;
                                    });
                            });
                        }
                        return SUCCESS;
                    });
                });
            });
        }
        return SUCCESS;
    });
}

// US Core race/ethnicity: {"url": ".../us-core-race", "extension": [{"url": "text",
// "valueString": "..."}, {"url": "ombCategory", "valueCoding": {...}}]}.
error_code readUsCoreCategory(Reader &r, value &v, QString &out)
{
    return forEachElement(v, [&](value &ev) -> error_code {
        std::string_view url;
        QString text;
        Coding coding;
        const error_code e = forEachField(ev, [&](std::string_view k, value &x) -> error_code {
            if (k == "url")
                url = stringView(x);
            else if (k == "valueString")
                text = string(x);
            else if (k == "valueCoding")
                return readCoding(r, x, coding);
            return SUCCESS;
        });
        if (url == "text" && !text.isEmpty())
            out = text;
        else if (url == "ombCategory" && out.isEmpty())
            out = coding.display;
        return e;
    });
}

} // namespace

error_code readPatient(Reader &r, object &v, Patient &p)
{
    int latestDual = 0;
    QString usCoreRace;
    return forEachFieldOf(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "id") {
            p.id = string(fv);
        } else if (key == "meta") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "lastUpdated")
                    p.lastUpdated = parseDateTime(stringView(x));
                return SUCCESS;
            });
        } else if (key == "name") {
            return forEachElement(fv, [&](value &nv) -> error_code {
                HumanName n;
                const error_code e = readName(r, nv, n);
                p.names.append(std::move(n));
                return e;
            });
        } else if (key == "gender") {
            p.gender = pooled(r, fv);
        } else if (key == "birthDate") {
            p.birthDate = parseDate(stringView(fv));
        } else if (key == "deceasedBoolean") {
            p.deceased = boolean(fv);
        } else if (key == "deceasedDateTime") {
            p.deceasedDate = parseDate(stringView(fv));
            p.deceased = p.deceasedDate.isValid();
        } else if (key == "address") {
            bool first = true;
            return forEachElement(fv, [&](value &av) -> error_code {
                if (!first)
                    return SUCCESS;
                first = false;
                return forEachField(av, [&](std::string_view k, value &x) -> error_code {
                    if (k == "state")
                        p.state = pooled(r, x);
                    else if (k == "postalCode")
                        p.postalCode = string(x);
                    return SUCCESS;
                });
            });
        } else if (key == "identifier") {
            return forEachElement(fv, [&](value &iv) -> error_code {
                PatientIdentifier id;
                const error_code e = readIdentifier(r, iv, id);
                // Real v2 Patients can list one identifier twice: it is one identifier.
                const auto same = std::find_if(p.identifiers.begin(), p.identifiers.end(),
                    [&id](const PatientIdentifier &kept) {
                        return kept.system == id.system && kept.value == id.value;
                    });
                if (same == p.identifiers.end()) {
                    p.identifiers.append(std::move(id));
                } else if (id.current && !same->current) {
                    *same = std::move(id); // the copy that says it is current wins
                }
                return e;
            });
        } else if (key == "extension") {
            const error_code e = forEachElement(fv, [&](value &ev) -> error_code {
                std::string_view url;
                return forEachField(ev, [&](std::string_view k, value &x) -> error_code {
                    if (k == "url") {
                        url = stringView(x);
                        return SUCCESS;
                    }
                    const std::string_view name = url.substr(url.rfind('/') + 1);
                    if (k == "valueCoding") {
                        Coding c;
                        const error_code ce = readCoding(r, x, c);
                        if (name == "race")
                            p.race = c.display.isEmpty() ? c.code : c.display;
                        else if (name.size() == 7 && name.substr(0, 5) == "dual_") {
                            const int month = (name[5] - '0') * 10 + (name[6] - '0');
                            if (month >= latestDual) {
                                latestDual = month;
                                p.dualStatus = c.display.isEmpty() ? c.code : c.display;
                            }
                        }
                        return ce;
                    }
                    if (k == "valueCode" && name == "us-core-sex")
                        p.sex = pooled(r, x);
                    else if (k == "valueDate" && name == "rfrnc_yr")
                        p.referenceYear = parseDate(stringView(x)).year();
                    else if (k == "extension" && name == "us-core-race")
                        return readUsCoreCategory(r, x, usCoreRace);
                    else if (k == "extension" && name == "us-core-ethnicity")
                        return readUsCoreCategory(r, x, p.ethnicity);
                    return SUCCESS;
                });
            });
            if (p.race.isEmpty())
                p.race = usCoreRace;
            return e;
        }
        return SUCCESS;
    });
}

} // namespace bb::fhir::detail

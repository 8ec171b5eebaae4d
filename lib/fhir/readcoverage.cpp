#include "fhir/readers_p.h"

namespace bb::fhir::detail {

namespace {

// "ptc_cntrct_id_07" -> 7, "ptdcntrct12" -> 12, anything else -> 0.
int monthSuffix(QStringView name, QStringView prefix)
{
    if (!name.startsWith(prefix) || name.size() != prefix.size() + 2)
        return 0;
    bool ok = false;
    const int month = name.mid(prefix.size()).toInt(&ok);
    return ok && month >= 1 && month <= 12 ? month : 0;
}

struct Latest
{
    int month = 0;
    void offer(int m, const QString &v, QString &target)
    {
        if (m > 0 && m >= month && !v.isEmpty()) {
            month = m;
            target = v;
        }
    }
};

} // namespace

error_code readCoverage(Reader &r, object &v, Coverage &c)
{
    Latest dual, contract, pbp;
    const error_code e = forEachFieldOf(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "id") {
            c.id = string(fv);
        } else if (key == "status") {
            c.status = pooled(r, fv);
        } else if (key == "period") {
            return readPeriod(fv, c.period);
        } else if (key == "subscriberId") {
            c.subscriberId = string(fv);
        } else if (key == "beneficiary") {
            return readReference(r, fv, c.beneficiary);
        } else if (key == "relationship") {
            Coding coding;
            const error_code re = readFirstCoding(r, fv, coding);
            c.relationship = coding.display.isEmpty() ? coding.code : coding.display;
            return re;
        } else if (key == "meta") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "lastUpdated")
                    c.lastUpdated = parseDateTime(stringView(x));
                return SUCCESS;
            });
        } else if (key == "payor") {
            return forEachElement(fv, [&](value &pv) -> error_code {
                return forEachField(pv, [&](std::string_view k, value &x) -> error_code {
                    if (k == "display" && c.payor.isEmpty())
                        c.payor = pooled(r, x);
                    else if (k == "identifier")
                        return forEachField(x, [&](std::string_view ik, value &ix) -> error_code {
                            if (ik == "value" && c.payor.isEmpty())
                                c.payor = pooled(r, ix);
                            return SUCCESS;
                        });
                    return SUCCESS;
                });
            });
        } else if (key == "class") {
            return forEachElement(fv, [&](value &cv) -> error_code {
                Coding type;
                QString val;
                const error_code ce =
                    forEachField(cv, [&](std::string_view k, value &x) -> error_code {
                        if (k == "type")
                            return readFirstCoding(r, x, type);
                        if (k == "value")
                            val = pooled(r, x);
                        return SUCCESS;
                    });
                if (type.code == QLatin1String("plan"))
                    c.plan = val;
                else if (type.code == QLatin1String("group"))
                    c.group = val;
                return ce;
            });
        } else if (key == "extension") {
            return forEachElement(fv, [&](value &ev) -> error_code {
                CoverageDetail detail;
                const error_code de =
                    forEachField(ev, [&](std::string_view k, value &x) -> error_code {
                        if (k == "url") {
                            // Keep what follows ".../variables/" so year-qualified names survive.
                            const QString url = string(x);
                            const qsizetype at = url.indexOf(QLatin1String("/variables/"));
                            detail.variable =
                                at >= 0 ? url.mid(at + 11) : url.mid(url.lastIndexOf(u'/') + 1);
                        } else if (k == "valueCoding") {
                            Coding coding;
                            const error_code ce = readCoding(r, x, coding);
                            detail.code = coding.code;
                            detail.display = coding.display;
                            return ce;
                        } else if (k == "valueDate" || k == "valueString" || k == "valueCode") {
                            detail.code = pooled(r, x);
                        } else if (k == "valueIdentifier") {
                            return forEachField(
                                x, [&](std::string_view ik, value &ix) -> error_code {
                                    if (ik == "value")
                                        detail.code = pooled(r, ix);
                                    return SUCCESS;
                                });
                        }
                        return SUCCESS;
                    });
                if (!detail.variable.isEmpty())
                    c.details.append(std::move(detail));
                return de;
            });
        }
        return SUCCESS;
    });

    c.part = Coverage::partFromId(c.id);
    if (c.part == Coverage::Part::Unknown && c.plan.startsWith(QLatin1String("Part "))
        && c.plan.size() == 6) {
        c.part = Coverage::partFromId(QString(u"part-" + c.plan.right(1).toLower() + u'-'));
    }
    for (const CoverageDetail &d : std::as_const(c.details)) {
        const QString shown = d.display.isEmpty() ? d.code : d.display;
        const QStringView name = d.variable;
        if (name == QLatin1String("rfrnc_yr"))
            c.referenceYear = parseDate(d.code.toStdString()).year();
        else if (name == QLatin1String("ms_cd"))
            c.medicareStatus = shown;
        else if (name == QLatin1String("orec"))
            c.entitlementReason = shown;
        else if (name == QLatin1String("crec"))
            c.currentEntitlementReason = shown;
        else if (name == QLatin1String("esrd_ind"))
            c.esrd = shown;
        else if (name == QLatin1String("a_trm_cd") || name == QLatin1String("b_trm_cd"))
            c.terminationCode = shown;
        else if (const int m = monthSuffix(name, u"dual_"))
            dual.offer(m, shown, c.dualStatus);
        else if (const int m2 =
                     monthSuffix(name, u"ptc_cntrct_id_") + monthSuffix(name, u"ptdcntrct"))
            contract.offer(m2, d.code, c.contractId);
        else if (const int m3 = monthSuffix(name, u"ptc_pbp_id_") + monthSuffix(name, u"ptdpbpid"))
            pbp.offer(m3, d.code, c.planBenefitPackage);
    }
    return e;
}

} // namespace bb::fhir::detail

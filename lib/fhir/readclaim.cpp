#include "fhir/readers_p.h"

namespace bb::fhir::detail {

namespace {

constexpr std::string_view eobTypeSystem =
    "https://bluebutton.cms.gov/resources/codesystem/eob-type";
constexpr std::string_view ndcSystem = "http://hl7.org/fhir/sid/ndc";

// An identifier's type: the first code of its concept that has a text. Left as it is when it
// holds one already.
error_code readTypeCode(Reader &r, value &v, QString &out)
{
    ConceptView scratch;
    const ConceptView *c = nullptr;
    const error_code e = readConcept(r, v, scratch, c);
    if (out.isEmpty() && c->found)
        out = conceptFirstCode(r, *c);
    return e;
}

// The identifier of a provider, facility or clinician. The same NPIs come back on claim after
// claim, so they are pooled.
error_code readIdentifierValue(Reader &r, value &v, QString &idType, QString &id)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "value")
            id = pooled(r, fv);
        else if (key == "type")
            return readTypeCode(r, fv, idType);
        return SUCCESS;
    });
}

error_code readContained(Reader &r, value &v, QList<ContainedOrganization> &orgs)
{
    ContainedOrganization org;
    bool isOrg = false;
    const error_code e = forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "resourceType") {
            isOrg = stringView(fv) == "Organization";
        } else if (key == "id") {
            org.id = string(fv);
        } else if (key == "name") {
            org.name = pooled(r, fv);
        } else if (key == "identifier") {
            return forEachElement(fv, [&](value &iv) -> error_code {
                QString type, id, system;
                const error_code ie =
                    forEachField(iv, [&](std::string_view k, value &x) -> error_code {
                        if (k == "value")
                            id = string(x);
                        else if (k == "system")
                            system = pooled(r, x);
                        else if (k == "type")
                            return readTypeCode(r, x, type);
                        return SUCCESS;
                    });
                if (type == QLatin1String("npi") || system.endsWith(QLatin1String("us-npi")))
                    org.npi = id;
                return ie;
            });
        }
        return SUCCESS;
    });
    if (isOrg)
        orgs.append(org);
    return e;
}

// The display, or the code when there is no display text.
QString displayOrCode(Reader &r, const CodingView &c)
{
    QString display = r.pooled(c.display);
    return display.isEmpty() ? r.pooled(c.code) : display;
}

error_code readCareTeam(Reader &r, value &v, CareTeamMember &m)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "sequence") {
            m.sequence = int(integer(fv).value_or(0));
        } else if (key == "provider") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "identifier")
                    return readIdentifierValue(r, x, m.idType, m.id);
                if (k == "display")
                    m.name = pooled(r, x);
                return SUCCESS;
            });
        } else if (key == "role") {
            ConceptView scratch;
            const ConceptView *c = nullptr;
            const error_code e = readConcept(r, fv, scratch, c);
            m.role = conceptCode(r, *c);
            m.roleDisplay = conceptDisplay(r, *c);
            return e;
        } else if (key == "qualification") {
            ConceptView scratch;
            const ConceptView *c = nullptr;
            const error_code e = readConcept(r, fv, scratch, c);
            const QString display = conceptDisplay(r, *c);
            m.specialty = display.isEmpty() ? conceptCode(r, *c) : display;
            return e;
        } else if (key == "responsible") {
            m.responsible = boolean(fv);
        }
        return SUCCESS;
    });
}

bool isIcdSystem(const QString &system)
{
    return system.contains(QLatin1String("icd-10")) || system.contains(QLatin1String("icd-9"));
}

error_code readDiagnosis(Reader &r, value &v, Diagnosis &d)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "sequence") {
            d.sequence = int(integer(fv).value_or(0));
        } else if (key == "diagnosisCodeableConcept") {
            return forEachCoding(r, fv, [&](const Coding &c) {
                // Prefer the ICD coding; keep the first otherwise.
                if (d.code.isEmpty() || (!isIcdSystem(d.system) && isIcdSystem(c.system))) {
                    d.code = c.code;
                    d.system = c.system;
                    d.display = c.display;
                } else if (d.display.isEmpty() && c.code == d.code) {
                    d.display = c.display;
                }
            });
        } else if (key == "type") {
            return forEachElement(fv, [&](value &tv) -> error_code {
                ConceptView scratch;
                const ConceptView *c = nullptr;
                const error_code e = readConcept(r, tv, scratch, c);
                if (d.type.isEmpty())
                    d.type = conceptCode(r, *c);
                return e;
            });
        } else if (key == "onAdmission") {
            CodingView c;
            const error_code e = readFirstCodingView(fv, c);
            d.onAdmission = displayOrCode(r, c);
            return e;
        }
        return SUCCESS;
    });
}

error_code readProcedure(Reader &r, value &v, Procedure &p)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "sequence") {
            p.sequence = int(integer(fv).value_or(0));
        } else if (key == "date") {
            p.date = parseDate(stringView(fv));
        } else if (key == "procedureCodeableConcept") {
            return forEachCoding(r, fv, [&](const Coding &c) {
                if (p.code.isEmpty()) {
                    p.code = c.code;
                    p.system = c.system;
                }
                if (p.display.isEmpty())
                    p.display = c.display;
            });
        }
        return SUCCESS;
    });
}

error_code readSupportingInfo(Reader &r, value &v, SupportingInfo &s)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "sequence") {
            s.sequence = int(integer(fv).value_or(0));
        } else if (key == "category") {
            int index = 0;
            return forEachCodingView(fv, [&](const CodingView &c) {
                // "info" entries name the CMS variable in their second coding.
                if (index == 0 || s.category == QLatin1String("info")) {
                    s.category = index == 0 ? r.pooled(c.code) : r.pooledSuffix(c.code);
                    s.label = r.pooled(c.display);
                }
                ++index;
            });
        } else if (key == "code") {
            ConceptView scratch;
            const ConceptView *c = nullptr;
            const error_code e = readConcept(r, fv, scratch, c);
            s.code = conceptCode(r, *c);
            s.codeDisplay = conceptDisplay(r, *c);
            return e;
        } else if (key == "timingDate") {
            s.timing.start = s.timing.end = parseDate(stringView(fv));
        } else if (key == "timingPeriod") {
            return readPeriod(fv, s.timing);
        } else if (key == "valueQuantity") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "value")
                    s.quantity = number(x);
                return SUCCESS;
            });
        }
        return SUCCESS;
    });
}

// An adjudication's category concept: the category code and label of the first coding, the
// CMS variable and label of the last one that names a variable. The texts point into the
// input (or the unescaped buffer), valid for the document.
error_code readCategoryOf(Reader &r, object &v, CategoryOutcome &out)
{
    int index = 0;
    return forEachCodingViewOf(v, [&](const CodingView &c) {
        if (index == 0) {
            out.hasCategory = true;
            out.category = r.pooled(c.code);
            out.categoryText = r.text(c.code);
            out.categoryLabel = r.pooled(c.display);
        } else if (endsWith(r.text(c.system), "codesystem/adjudication")
            || r.text(c.code).find("/variables/") != std::string_view::npos) {
            out.hasVariable = true;
            out.variable = r.pooledSuffix(c.code);
            out.variableText = afterLastSlash(r.text(c.code));
            out.label = r.pooled(c.display);
        }
        ++index;
    });
}

// `out` points at the reader's scratch outcome: see readCategoryRemembered.
error_code readCategory(Reader &r, value &v, const CategoryOutcome *&out)
{
    r.categoryScratch = CategoryOutcome();
    out = &r.categoryScratch;
    object obj;
    const error_code e = v.get_object().get(obj);
    if (e == simdjson::INCORRECT_TYPE)
        return SUCCESS;
    return e ? e : readCategoryOf(r, obj, r.categoryScratch);
}

// The category concept through the memo: a concept seen before is skipped, not read. `out`
// points at the remembered outcome, or at the reader's scratch outcome when there is nothing
// to remember. The scratch is only cleared then: a known concept, the usual case, costs no
// outcome's worth of zeroing.
error_code readCategoryRemembered(Reader &r, value &v, const CategoryOutcome *&out)
{
    CategoryOutcome &scratch = r.categoryScratch;
    object obj;
    const error_code oe = v.get_object().get(obj);
    std::string_view json;
    const error_code je = oe ? oe : obj.raw_json().get(json);
    if (je) {
        scratch = CategoryOutcome();
        out = &scratch;
        return je == simdjson::INCORRECT_TYPE ? SUCCESS : je; // not an object: as reading it
    }
    if (const CategoryOutcome *known = r.categories->find(json)) {
        out = known;
        return SUCCESS;
    }
    // Not seen yet: rewind and read it. Only a concept read without error is remembered.
    scratch = CategoryOutcome();
    out = &scratch;
    if (const error_code e = obj.reset().error())
        return e;
    const error_code e = readCategoryOf(r, obj, scratch);
    if (!e)
        out = &r.categories->add(json, scratch);
    return e;
}

error_code readAdjudication(Reader &r, value &v, Adjudication &a)
{
    // The meaning is decided on the bytes of what a.category and a.variable end up holding,
    // sparing a comparison of each QString against every rule.
    std::string_view category, variable;
    // A remembered concept has its meaning worked out already: it holds when the bytes
    // classified are still the ones it gave.
    const CategoryOutcome *remembered = nullptr;
    const error_code e = forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "category") {
            const CategoryOutcome *outcome = nullptr;
            const error_code ce = r.categories ? readCategoryRemembered(r, fv, outcome)
                                               : readCategory(r, fv, outcome);
            remembered = outcome == &r.categoryScratch ? nullptr : outcome;
            QString categoryLabel;
            if (outcome->hasCategory) {
                a.category = outcome->category;
                category = outcome->categoryText;
                categoryLabel = outcome->categoryLabel;
            }
            if (outcome->hasVariable) {
                a.variable = outcome->variable;
                variable = outcome->variableText;
                a.label = outcome->label;
            }
            if (a.label.isEmpty())
                a.label = categoryLabel.isEmpty() ? a.category : categoryLabel;
            return ce;
        }
        if (key == "amount") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "value")
                    a.amount = money(x);
                return SUCCESS;
            });
        }
        if (key == "reason") {
            Coding c;
            const error_code re = readFirstCoding(r, fv, c);
            a.reason = c.display.isEmpty() ? c.code : c.code + u": " + c.display;
            return re;
        }
        return SUCCESS;
    });
    const auto same = [](std::string_view x, std::string_view y) {
        return x.data() == y.data() && x.size() == y.size();
    };
    a.meaning = remembered && same(category, remembered->categoryText)
            && same(variable, remembered->variableText)
        ? remembered->meaning
        : classifyAmountUtf8(category, variable);
    return e;
}

error_code readItem(Reader &r, value &v, LineItem &item)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "sequence") {
            item.sequence = int(integer(fv).value_or(0));
        } else if (key == "productOrService") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "coding") {
                    return forEachElement(x, [&](value &cv) -> error_code {
                        Coding c;
                        const error_code e = readCoding(r, cv, c);
                        if (item.service.code.isEmpty())
                            item.service = c;
                        else if (item.service.display.isEmpty() && c.code == item.service.code)
                            item.service.display = c.display;
                        return e;
                    });
                }
                if (k == "extension") {
                    return forEachElement(x, [&](value &ev) -> error_code {
                        bool isNdc = false;
                        Coding c;
                        const error_code e =
                            forEachField(ev, [&](std::string_view ek, value &ex) -> error_code {
                                if (ek == "url")
                                    isNdc = stringView(ex) == ndcSystem;
                                else if (ek == "valueCoding")
                                    return readCoding(r, ex, c);
                                return SUCCESS;
                            });
                        if (isNdc)
                            item.ndc = c;
                        return e;
                    });
                }
                return SUCCESS;
            });
        } else if (key == "modifier") {
            return forEachElement(fv, [&](value &mv) -> error_code {
                CodingView c;
                const error_code e = readFirstCodingView(mv, c);
                if (QString code = r.pooled(c.code); !code.isEmpty())
                    item.modifiers.append(std::move(code));
                return e;
            });
        } else if (key == "revenue") {
            return readFirstCoding(r, fv, item.revenue);
        } else if (key == "servicedDate") {
            item.serviced.start = item.serviced.end = parseDate(stringView(fv));
        } else if (key == "servicedPeriod") {
            return readPeriod(fv, item.serviced);
        } else if (key == "quantity") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "value")
                    item.quantity = number(x);
                return SUCCESS;
            });
        } else if (key == "locationCodeableConcept") {
            return readFirstCoding(r, fv, item.placeOfService);
        } else if (key == "locationAddress") {
            return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
                if (k == "state")
                    item.locationState = pooled(r, x);
                return SUCCESS;
            });
        } else if (key == "adjudication") {
            return forEachElement(fv, [&](value &av) -> error_code {
                Adjudication a;
                const error_code e = readAdjudication(r, av, a);
                item.adjudications.append(std::move(a));
                return e;
            });
        }
        return SUCCESS;
    });
}

error_code readBenefitBalance(Reader &r, value &v, QList<BenefitBalance> &out)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key != "financial")
            return SUCCESS;
        return forEachElement(fv, [&](value &finv) -> error_code {
            BenefitBalance b;
            const error_code e =
                forEachField(finv, [&](std::string_view k, value &x) -> error_code {
                    if (k == "type") {
                        ConceptView scratch;
                        const ConceptView *c = nullptr;
                        const error_code te = readConcept(r, x, scratch, c);
                        b.variable = conceptCodeSuffix(r, *c);
                        b.label = conceptDisplay(r, *c);
                        return te;
                    }
                    if (k == "usedMoney" || k == "allowedMoney") {
                        return forEachField(x, [&](std::string_view mk, value &mx) -> error_code {
                            if (mk == "value")
                                b.money = money(mx);
                            return SUCCESS;
                        });
                    }
                    if (k == "usedUnsignedInt" || k == "allowedUnsignedInt")
                        b.count = integer(x);
                    return SUCCESS;
                });
            out.append(std::move(b));
            return e;
        });
    });
}

} // namespace

ClaimReader::ClaimReader(Reader &reader, Claim &claim)
    : m_r(reader)
    , m_c(claim)
{
}

error_code ClaimReader::field(std::string_view key, value &fv)
{
    Reader &r = m_r;
    Claim &c = m_c;
    if (key == "id") {
        const std::string_view id = stringView(fv);
        c.id = toQString(id);
        if (c.type == ClaimType::Unknown)
            c.type = claimTypeFromId(id);
    } else if (key == "identifier") {
        return forEachElement(fv, [&](value &iv) -> error_code {
            std::string_view system;
            QString val;
            const error_code ie = forEachField(iv, [&](std::string_view k, value &x) -> error_code {
                if (k == "system")
                    system = stringView(x);
                else if (k == "value")
                    val = string(x);
                return SUCCESS;
            });
            if (endsWith(system, "/clm_id") || endsWith(system, "/pde_id"))
                c.claimNumber = val;
            else if (endsWith(system, "/claim-group"))
                c.claimGroup = val;
            return ie;
        });
    } else if (key == "type") {
        // The eob-type coding decides; the profile is misleading for DME and HHA.
        return forEachCodingView(fv, [&](const CodingView &coding) {
            if (r.text(coding.system) == eobTypeSystem) {
                c.typeCode = r.pooled(coding.code);
                const ClaimType t = claimTypeFromCode(r.text(coding.code));
                if (t != ClaimType::Unknown)
                    c.type = t;
            }
        });
    } else if (key == "status") {
        c.status = pooled(r, fv);
    } else if (key == "outcome") {
        c.outcome = pooled(r, fv);
    } else if (key == "patient") {
        return readReference(r, fv, c.patient);
    } else if (key == "billablePeriod") {
        return readPeriod(fv, c.billablePeriod);
    } else if (key == "created") {
        c.created = parseDateTime(stringView(fv));
    } else if (key == "meta") {
        return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
            if (k == "lastUpdated")
                c.lastUpdated = parseDateTime(stringView(x));
            return SUCCESS;
        });
    } else if (key == "insurance") {
        return forEachElement(fv, [&](value &iv) -> error_code {
            return forEachField(iv, [&](std::string_view k, value &x) -> error_code {
                if (k == "coverage" && c.coverage.isEmpty())
                    return readReference(r, x, c.coverage);
                return SUCCESS;
            });
        });
    } else if (key == "provider") {
        return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
            if (k == "reference") {
                m_providerRef = string(x);
            } else if (k == "display") {
                c.providerName = pooled(r, x);
            } else if (k == "identifier") {
                QString type;
                return readIdentifierValue(r, x, type, c.providerId);
            }
            return SUCCESS;
        });
    } else if (key == "facility") {
        return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
            if (k == "display") {
                c.facilityName = pooled(r, x);
            } else if (k == "identifier") {
                QString type;
                return readIdentifierValue(r, x, type, c.facilityId);
            } else if (k == "extension") {
                // The pharmacy service type ("Community/retail pharmacy") lives here.
                return forEachElement(x, [&](value &ev) -> error_code {
                    return forEachField(ev, [&](std::string_view ek, value &ex) -> error_code {
                        if (ek != "valueCoding")
                            return SUCCESS;
                        CodingView coding;
                        const error_code ce = readCodingView(ex, coding);
                        if (endsWith(r.text(coding.system), "phrmcy_srvc_type_cd")) {
                            if (!c.fill)
                                c.fill.emplace();
                            c.fill->pharmacyType = r.pooled(coding.display);
                        }
                        return ce;
                    });
                });
            }
            return SUCCESS;
        });
    } else if (key == "contained") {
        return forEachElement(fv, [&](value &cv) { return readContained(r, cv, m_orgs); });
    } else if (key == "careTeam") {
        return forEachElement(fv, [&](value &mv) -> error_code {
            CareTeamMember m;
            const error_code me = readCareTeam(r, mv, m);
            c.careTeam.append(std::move(m));
            return me;
        });
    } else if (key == "diagnosis") {
        return forEachElement(fv, [&](value &dv) -> error_code {
            Diagnosis d;
            const error_code de = readDiagnosis(r, dv, d);
            c.diagnoses.append(std::move(d));
            return de;
        });
    } else if (key == "procedure") {
        return forEachElement(fv, [&](value &pv) -> error_code {
            Procedure p;
            const error_code pe = readProcedure(r, pv, p);
            c.procedures.append(std::move(p));
            return pe;
        });
    } else if (key == "supportingInfo") {
        return forEachElement(fv, [&](value &sv) -> error_code {
            SupportingInfo s;
            const error_code se = readSupportingInfo(r, sv, s);
            c.supportingInfo.append(std::move(s));
            return se;
        });
    } else if (key == "item") {
        return forEachElement(fv, [&](value &iv) -> error_code {
            LineItem item;
            const error_code ie = readItem(r, iv, item);
            c.items.append(std::move(item));
            return ie;
        });
    } else if (key == "total") {
        return forEachElement(fv, [&](value &tv) -> error_code {
            Adjudication a;
            const error_code te = readAdjudication(r, tv, a);
            c.totals.append(std::move(a));
            return te;
        });
    } else if (key == "payment") {
        return forEachField(fv, [&](std::string_view k, value &x) -> error_code {
            if (k == "date") {
                c.paymentDate = parseDate(stringView(x));
            } else if (k == "amount") {
                return forEachField(x, [&](std::string_view mk, value &mx) -> error_code {
                    if (mk == "value")
                        c.payment = money(mx);
                    return SUCCESS;
                });
            }
            return SUCCESS;
        });
    } else if (key == "benefitBalance") {
        return forEachElement(
            fv, [&](value &bv) { return readBenefitBalance(r, bv, c.benefitBalances); });
    }
    return SUCCESS;
}

void ClaimReader::finish()
{
    Claim &c = m_c;
    const QString &providerRef = m_providerRef;
    if (!providerRef.isEmpty()) {
        const QString id = providerRef.startsWith(u'#') ? providerRef.mid(1) : providerRef;
        for (const ContainedOrganization &org : std::as_const(m_orgs)) {
            if (org.id == id) {
                if (c.providerName.isEmpty())
                    c.providerName = org.name;
                if (c.providerId.isEmpty())
                    c.providerId = org.npi;
            }
        }
    }
}

error_code readClaim(Reader &r, object &v, Claim &c)
{
    ClaimReader reader(r, c);
    const error_code e =
        forEachFieldOf(v, [&](std::string_view key, value &fv) { return reader.field(key, fv); });
    reader.finish();
    return e;
}

} // namespace bb::fhir::detail

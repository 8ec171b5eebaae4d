#include "models/codedfieldsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bb::models {

namespace {

// A coding or extension of a CMS variable or v3 code system before decoding.
struct Found
{
    QString where;
    QString system;
    QString code;
    QString display;
    bool coded = true; // a coding; false for an extension's other values (amounts, ids...)
};

bool isCmsField(const QString &system)
{
    return system.contains("/resources/variables/"_L1) || system.contains("/fhir/CodeSystem/"_L1)
        || system.contains("nubc.org/CodeSystem/"_L1);
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

void walk(const QJsonValue &v, const QString &where, QList<Found> &out, QString &claimType)
{
    if (v.isArray()) {
        for (const QJsonValue e : v.toArray())
            walk(e, where, out, claimType);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QString system = o.value("system"_L1).toString();
    if (system.endsWith("/codesystem/eob-type"_L1))
        claimType = o.value("code"_L1).toString();
    if (isCmsField(system) && o.contains("code"_L1))
        out.append({where, system, scalarText(o.value("code"_L1)), o.value("display"_L1).toString(),
            true});
    const QString url = o.value("url"_L1).toString();
    if (url.contains("/resources/variables/"_L1)) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.key().startsWith("value"_L1) || it.key() == "valueCoding"_L1)
                continue;
            const QJsonValue x = it.value();
            const QJsonObject xo = x.toObject();
            const QString value = x.isObject()
                ? scalarText(xo.contains("value"_L1) ? xo.value("value"_L1) : xo.value("code"_L1))
                : scalarText(x);
            out.append({where, url, value, {}, false});
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == "item"_L1 && it.value().isArray()) {
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const int seq = items.at(i).toObject().value("sequence"_L1).toInt(int(i) + 1);
                walk(items.at(i), CodedFieldsModel::tr("Line %1").arg(seq), out, claimType);
            }
        } else if (it.key() == "supportingInfo"_L1) {
            walk(it.value(), CodedFieldsModel::tr("Supporting information"), out, claimType);
        } else if (it.key() != "contained"_L1) {
            walk(it.value(), where, out, claimType);
        }
    }
}

} // namespace

CodedFieldsModel::CodedFieldsModel(QObject *parent)
    : TableModel("bb::models::CodedFieldsModel",
        {{"where", QT_TRANSLATE_NOOP("bb::models::CodedFieldsModel", "Where")},
            {"field", QT_TRANSLATE_NOOP("bb::models::CodedFieldsModel", "Field")},
            {"meaning", QT_TRANSLATE_NOOP("bb::models::CodedFieldsModel", "Meaning")},
            {"code", QT_TRANSLATE_NOOP("bb::models::CodedFieldsModel", "Code as sent")}},
        parent)
{
}

QList<CodedFieldsModel::Row> CodedFieldsModel::codedFields(const QByteArray &json)
{
    QList<Row> rows;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.isEmpty())
        return rows;
    QList<Found> found;
    QString claimType;
    const QString type = root.value("resourceType"_L1).toString();
    const QString top = type == "Coverage"_L1 ? tr("Coverage")
        : type == "Patient"_L1                ? tr("Patient")
                                              : tr("Claim");
    walk(root, top, found, claimType);
    // Meanings that depend on another field read it from the same resource.
    codes::Context context;
    for (const Found &f : std::as_const(found)) {
        const codes::FieldId id = codes::fieldFromSystem(f.system);
        if (!id.variable.isEmpty() && !context.contains(id.variable))
            context.insert(id.variable, f.code);
    }
    if (!claimType.isEmpty())
        context.insert(u"claim_type"_s, claimType);
    rows.reserve(found.size());
    for (const Found &f : std::as_const(found)) {
        codes::Decoded decoded = codes::decode(f.system, f.code, f.display, context);
        // A value that came as no coding (an identifier, an amount) is shown as sent.
        if (!f.coded && decoded.missing == codes::Missing::UnknownField)
            decoded.missing = codes::Missing::NotCoded;
        rows.append({f.where, decoded, codes::fieldDescription(f.system)});
    }
    return rows;
}

void CodedFieldsModel::setJson(const QByteArray &json)
{
    beginResetModel();
    m_rows = codedFields(json);
    endResetModel();
}

void CodedFieldsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

Cell CodedFieldsModel::cell(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (Column(column)) {
    case Where:
        return Cell::text(r.where);
    case Field: {
        Cell c = Cell::text(r.decoded.label, r.description);
        c.exportValue = r.decoded.variable;
        return c;
    }
    case Meaning: {
        Cell c = Cell::text(r.decoded.text(), r.decoded.explanation());
        c.exportValue = r.decoded.meaning;
        return c;
    }
    case Code:
        return Cell::text(r.decoded.code);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bb::models

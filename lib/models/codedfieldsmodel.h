#pragma once

#include "codes/decode.h"
#include "models/tablemodel.h"

#include <QByteArray>

namespace bb::models {

// Every coded field Medicare sent in one resource (a claim's extensions, supporting
// information and line extensions; a coverage's or a patient's extensions), each with its
// label and meaning in plain words (bb::codes::decode). Read from the resource's JSON as
// received, so nothing the typed readers leave out is lost; only the open claim is read.
class CodedFieldsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Where, Field, Meaning, Code, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        QString where; // "Claim", "Line 2", "Supporting information"
        bb::codes::Decoded decoded;
        QString description; // the codebook's (English)
    };

    explicit CodedFieldsModel(QObject *parent = nullptr);

    // Reads the resource; an empty or unreadable text empties the model.
    void setJson(const QByteArray &json);
    void clear();
    const QList<Row> &fields() const { return m_rows; }

    // The same rows without a model, for reports and tests.
    static QList<Row> codedFields(const QByteArray &json);

protected:
    int rows() const override { return int(m_rows.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<Row> m_rows;
};

} // namespace bb::models

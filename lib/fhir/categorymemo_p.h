#pragma once

// Internal to lib/fhir: what adjudication category concepts said, by their bytes.

#include "fhir/amountmeaning_p.h"
#include "fhir/bytesmemo_p.h"
#include "fhir/stringpool_p.h"

#include <QString>

#include <string>
#include <string_view>

namespace bb::fhir::detail {

// What reading one adjudication `category` concept yields (see readAdjudication): the category
// code and label of its first coding, and the CMS variable and label of the last coding that
// names one. The code and variable are kept as UTF-8 too, for classifying the amount; those
// views stay valid for the document being read.
struct CategoryOutcome
{
    bool hasCategory = false;
    QString category;
    QString categoryLabel;
    std::string_view categoryText;
    bool hasVariable = false;
    QString variable;
    QString label;
    std::string_view variableText;
    // classifyAmountUtf8(categoryText, variableText), worked out once per remembered concept.
    AmountMeaning meaning = AmountMeaning::Other;
};

// A claim repeats the same few category concepts on every line ("submitted" + the line's
// charge variable, "benefit" + the payment variable, ...), byte for byte. Remembering what each
// distinct concept said lets the reader skip over a known one at the speed of the structural
// index instead of reading its codings. Equal bytes are the same JSON, so the outcome is the
// same; bytes never seen are read normally. Per thread; emptied between documents once large.
class CategoryMemo
{
public:
    const CategoryOutcome *find(std::string_view json) const
    {
        const Entry *entry = m_table.find(json, StringPool::hashBytes(json));
        return entry ? &entry->outcome : nullptr;
    }
    // Keeps its own copy of the bytes and texts. Entries stay where they are until trim(), so
    // outcomes handed out remain valid for the rest of the document.
    const CategoryOutcome &add(std::string_view json, const CategoryOutcome &outcome)
    {
        const auto [entry, added] = m_table.emplace(json, StringPool::hashBytes(json));
        if (!added)
            return entry->outcome;
        entry->texts.assign(outcome.categoryText).append(outcome.variableText);
        entry->outcome = outcome;
        const std::string_view texts = entry->texts;
        entry->outcome.categoryText = texts.substr(0, outcome.categoryText.size());
        entry->outcome.variableText = texts.substr(outcome.categoryText.size());
        entry->outcome.meaning =
            classifyAmountUtf8(entry->outcome.categoryText, entry->outcome.variableText);
        return entry->outcome;
    }
    void trim() { m_table.trim(); }

private:
    struct Entry
    {
        std::string json; // the concept's bytes, the key
        CategoryOutcome outcome;
        std::string texts; // what outcome's UTF-8 views point at
    };

    BytesMemo<Entry> m_table;
};

} // namespace bb::fhir::detail

#pragma once

// Internal to lib/fhir: what adjudication category concepts said, by their bytes.

#include "fhir/stringpool_p.h"

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

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
        const auto it = m_outcomes.find(json);
        return it == m_outcomes.end() ? nullptr : &it->second.outcome;
    }
    // Keeps its own copy of the texts. Entries stay where they are until trim(), so outcomes
    // handed out remain valid for the rest of the document.
    const CategoryOutcome &add(std::string_view json, const CategoryOutcome &outcome)
    {
        Entry &entry = m_outcomes[std::string(json)];
        entry.texts.assign(outcome.categoryText).append(outcome.variableText);
        entry.outcome = outcome;
        const std::string_view texts = entry.texts;
        entry.outcome.categoryText = texts.substr(0, outcome.categoryText.size());
        entry.outcome.variableText = texts.substr(outcome.categoryText.size());
        return entry.outcome;
    }
    // Between documents: endless distinct concepts over a long run cannot grow it forever.
    void trim()
    {
        if (m_outcomes.size() > 20000)
            m_outcomes.clear();
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept
        {
            return size_t(StringPool::hashBytes(s));
        }
    };
    struct Equal
    {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const noexcept
        {
            return a.size() == b.size() && StringPool::sameBytes(a.data(), b.data(), a.size());
        }
    };
    struct Entry
    {
        CategoryOutcome outcome;
        std::string texts; // what outcome's UTF-8 views point at
    };
    std::unordered_map<std::string, Entry, Hash, Equal> m_outcomes;
};

} // namespace bb::fhir::detail

#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringList>

namespace bb::codes {

// "What's this?" for the fields and words the app shows: short, plain sentences written for
// this app (English, translated to Spanish through tr()), keyed by the field's stable key
// (the column and row keys of the models: "billed", "you_may_owe", "claim_type:pde", "npi").
class Glossary
{
public:
    // The explanation of a key, translated; empty when the glossary has none.
    static QString text(QAnyStringView key);
    // Every key the glossary explains (for tests and the help panel's index).
    static QStringList keys();
};

} // namespace bb::codes

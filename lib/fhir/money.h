#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <string_view>

namespace bb::fhir {

// An amount of US dollars, exact to the cent. FHIR carries decimals; summing them as binary
// floating point drifts (0.1 + 0.2), so amounts are integers of cents from the moment they
// are read.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    // Parses a JSON/FHIR decimal ("37.5", "-0.01", "1e3", "84999.37"). Digits past the cent
    // are rounded half away from zero. Returns nullopt for anything that is not a number or
    // does not fit.
    static std::optional<Money> parse(std::string_view text);

    constexpr qint64 cents() const { return m_cents; }

    // Plain decimal with two places and no grouping: "-1234.50". For CSV and JSON output.
    QString toPlainString() const;

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }
    qint64 m_cents = 0;
};

// Adds an optional amount into an optional total: absent stays absent until something real
// arrives, so "unknown" is never shown as $0.00.
inline void accumulate(std::optional<Money> &total, std::optional<Money> amount)
{
    if (!amount)
        return;
    total = total ? *total + *amount : *amount;
}

} // namespace bb::fhir

Q_DECLARE_METATYPE(bb::fhir::Money)

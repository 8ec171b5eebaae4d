#pragma once

#include <QMetaType>
#include <QString>

#include <limits>
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

    // The exact sum, or nullopt when it does not fit: a sum that wrapped round would show a
    // huge debt as a refund.
    constexpr std::optional<Money> checkedAdd(Money o) const
    {
        qint64 sum = 0;
        if (__builtin_add_overflow(m_cents, o.m_cents, &sum))
            return std::nullopt;
        return Money(sum);
    }

    // Totals over many claims (a year, a drug, a table column) saturate at the largest amount
    // instead of wrapping. Each claim's own sums are checked when it is read (checkedAdd), so
    // only a total of absurd claims can reach the bound.
    constexpr Money operator+(Money o) const
    {
        qint64 sum = 0;
        if (__builtin_add_overflow(m_cents, o.m_cents, &sum))
            return Money(o.m_cents < 0 ? std::numeric_limits<qint64>::min()
                                       : std::numeric_limits<qint64>::max());
        return Money(sum);
    }
    constexpr Money operator-(Money o) const
    {
        qint64 difference = 0;
        if (__builtin_sub_overflow(m_cents, o.m_cents, &difference))
            return Money(o.m_cents > 0 ? std::numeric_limits<qint64>::min()
                                       : std::numeric_limits<qint64>::max());
        return Money(difference);
    }
    constexpr Money &operator+=(Money o) { return *this = *this + o; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }
    qint64 m_cents = 0;
};

// Adds an optional amount into an optional total: absent stays absent until something real
// arrives, so "unknown" is never shown as $0.00. Returns false, leaving the total as it was,
// when the sum does not fit.
[[nodiscard]] inline bool accumulate(std::optional<Money> &total, std::optional<Money> amount)
{
    if (!amount)
        return true;
    if (!total) {
        total = amount;
        return true;
    }
    const std::optional<Money> sum = total->checkedAdd(*amount);
    if (!sum)
        return false;
    total = sum;
    return true;
}

} // namespace bb::fhir

Q_DECLARE_METATYPE(bb::fhir::Money)

#include "fhir/money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace bb::fhir {

std::optional<Money> Money::parse(std::string_view text)
{
    // Exact decimal arithmetic on the digit string: no double is ever involved, so "0.29"
    // is 29 cents and not 28.999999.
    size_t i = 0;
    const size_t n = text.size();
    while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    // Digits as a decimal string without the point; `pointPos` = digits before the point.
    constexpr int maxDigits = 36;
    char digits[maxDigits];
    int count = 0;
    int pointPos = -1;
    bool any = false;
    bool overflowDigits = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (count == 0 && c == '0' && pointPos < 0)
                continue; // leading zeros of the integer part carry nothing
            if (count < maxDigits)
                digits[count++] = c;
            else if (pointPos < 0)
                overflowDigits = true; // integer part too long to be an amount
        } else if (c == '.' && pointPos < 0) {
            pointPos = count;
        } else {
            break;
        }
    }
    if (!any || overflowDigits)
        return std::nullopt;
    if (pointPos < 0)
        pointPos = count;

    int exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == '-' || text[i] == '+')) {
            expNegative = text[i] == '-';
            ++i;
        }
        bool expAny = false;
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
            expAny = true;
            if (exponent < 1000)
                exponent = exponent * 10 + (text[i] - '0');
        }
        if (!expAny)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    if (i != n)
        return std::nullopt;

    // Position of the decimal point after applying the exponent, in the digit string.
    const int point = pointPos + exponent;
    if (point > 15)
        return std::nullopt; // beyond a quadrillion dollars is not an amount, and would overflow
    // cents = digits[0 .. point+2), rounding on digit point+2.
    qint64 cents = 0;
    for (int k = 0; k < point + 2; ++k) {
        const int d = (k >= 0 && k < count) ? digits[k] - '0' : 0;
        if (k >= 0)
            cents = cents * 10 + d;
    }
    const int roundIdx = point + 2;
    if (roundIdx >= 0 && roundIdx < count && digits[roundIdx] >= '5')
        ++cents;
    return Money(negative ? -cents : cents);
}

QString Money::toPlainString() const
{
    const bool negative = m_cents < 0;
    // Avoid negating the minimum value.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString s = QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0');
    return negative ? u'-' + s : s;
}

} // namespace bb::fhir

#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>

namespace bb::sandbox {

// The synthetic data must be byte-identical for a given seed on every platform, so it uses its
// own generator (xoshiro256**, seeded through splitmix64) instead of std::rand or Qt's.
class Prng
{
public:
    explicit Prng(quint64 seed)
    {
        quint64 s = seed;
        for (quint64 &w : m_state)
            w = splitmix(s);
    }

    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Derives an independent stream from a parent seed and a few integers (user, type, index).
    static quint64 mix(quint64 a, quint64 b, quint64 c = 0, quint64 d = 0)
    {
        quint64 x = a;
        quint64 h = splitmix(x);
        x = h ^ b;
        h = splitmix(x);
        x = h ^ c;
        h = splitmix(x);
        x = h ^ d;
        return splitmix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(quint32(N))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state {};
};

} // namespace bb::sandbox

#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

namespace bb::store {

// The 32-byte key of one store (libsodium's secretstream key). Every copy wipes its bytes
// when it goes away, so a key does not linger in freed memory.
class StoreKey
{
public:
    static constexpr std::size_t kSize = 32;

    StoreKey() = default;
    StoreKey(const StoreKey &other) = default;
    StoreKey &operator=(const StoreKey &other) = default;
    ~StoreKey();

    // A fresh random key; null only when libsodium cannot be initialised.
    static StoreKey generate();
    // The key as kept in the keychain (standard base64); null when `text` is not one.
    static StoreKey fromBase64(QStringView text);
    QString toBase64() const;

    bool isNull() const { return !m_valid; }
    const unsigned char *data() const { return m_bytes.data(); }

    friend bool operator==(const StoreKey &a, const StoreKey &b);

private:
    std::array<unsigned char, kSize> m_bytes {};
    bool m_valid = false;
};

} // namespace bb::store

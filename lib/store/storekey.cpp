#include "store/storekey.h"

#include "store/sodium.h"

#include <sodium.h>

namespace bb::store {

static_assert(StoreKey::kSize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

StoreKey::~StoreKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

StoreKey StoreKey::generate()
{
    StoreKey key;
    if (!ensureSodium())
        return key;
    crypto_secretstream_xchacha20poly1305_keygen(key.m_bytes.data());
    key.m_valid = true;
    return key;
}

StoreKey StoreKey::fromBase64(QStringView text)
{
    StoreKey key;
    if (!ensureSodium())
        return key;
    QByteArray latin1 = text.toLatin1();
    std::size_t length = 0;
    const int failed = sodium_base642bin(key.m_bytes.data(), key.m_bytes.size(), latin1.constData(),
        std::size_t(latin1.size()), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL);
    sodium_memzero(latin1.data(), std::size_t(latin1.size()));
    if (failed != 0 || length != kSize) {
        sodium_memzero(key.m_bytes.data(), key.m_bytes.size());
        return key;
    }
    key.m_valid = true;
    return key;
}

QString StoreKey::toBase64() const
{
    if (!m_valid)
        return {};
    char text[sodium_base64_ENCODED_LEN(kSize, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(
        text, sizeof text, m_bytes.data(), m_bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    QString result = QString::fromLatin1(text);
    sodium_memzero(text, sizeof text);
    return result;
}

bool operator==(const StoreKey &a, const StoreKey &b)
{
    return a.m_valid == b.m_valid
        && sodium_memcmp(a.m_bytes.data(), b.m_bytes.data(), StoreKey::kSize) == 0;
}

} // namespace bb::store

#include "store/sodium.h"

#include <sodium.h>

namespace bb::store {

bool ensureSodium()
{
    // sodium_init() is itself safe to call from several threads; the static only spares
    // the repeated call. It returns 1 when it had already run, which is success too.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace bb::store

#include "jsonwalks.h"

#include <simdjson.h>

namespace {

namespace od = simdjson::ondemand;

quint64 walk(od::value v)
{
    od::json_type type;
    if (v.type().get(type))
        return 0;
    switch (type) {
    case od::json_type::object: {
        quint64 sum = 1;
        od::object o;
        if (v.get_object().get(o))
            return 0;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return sum;
            sum += key.size();
            od::value fv;
            if (field.value().get(fv))
                return sum;
            sum += walk(fv);
        }
        return sum;
    }
    case od::json_type::array: {
        quint64 sum = 1;
        od::array a;
        if (v.get_array().get(a))
            return 0;
        for (auto e : a) {
            od::value ev;
            if (e.get(ev))
                return sum;
            sum += walk(ev);
        }
        return sum;
    }
    case od::json_type::string: {
        std::string_view s;
        return v.get_string().get(s) ? 0 : s.size();
    }
    case od::json_type::number: {
        double d = 0;
        return v.get_double().get(d) ? 0 : quint64(d != 0);
    }
    default:
        return 1;
    }
}

} // namespace

quint64 walkWithSimdjsonOnDemand(const QByteArray &json)
{
    thread_local od::parser parser;
    simdjson::padded_string padded(json.constData(), size_t(json.size()));
    od::document doc;
    if (parser.iterate(padded).get(doc))
        return 0;
    od::value root;
    if (doc.get_value().get(root))
        return 0;
    return walk(root);
}

const char *simdjsonOnDemandKernel()
{
#if defined(__AVX2__)
    return "haswell (AVX2)";
#else
    return "fallback (portable)";
#endif
}

bool simdjsonOnDemandSupported()
{
#if defined(__x86_64__) && defined(__AVX2__)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2")
        && __builtin_cpu_supports("pclmul");
#else
    return true;
#endif
}

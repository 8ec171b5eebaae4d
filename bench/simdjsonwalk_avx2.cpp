// The On-Demand walk built for AVX2 ("haswell" kernel); only called when the CPU has it.
#define BB_WALK walkWithSimdjsonAvx2
#include "simdjsonwalk.inc"

bool simdjsonAvx2Supported()
{
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2")
        && __builtin_cpu_supports("pclmul");
}

// The On-Demand walk as a default build compiles it (portable "fallback" kernel).
#define BB_WALK walkWithSimdjsonPortable
#include "simdjsonwalk.inc"

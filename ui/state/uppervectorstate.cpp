// SPDX-License-Identifier: MIT
#include "state/uppervectorstate.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define ACTVIZ_X86_VECTOR_STATE 1
#endif

namespace {

#if defined(ACTVIZ_X86_VECTOR_STATE)
struct Features {
    bool avx = false;
    bool xinuse = false; // XGETBV with ECX = 1 reports which state components are in use
};

Features detect() noexcept
{
    Features f;
    __builtin_cpu_init();
    f.avx = __builtin_cpu_supports("avx");
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (f.avx && __get_cpuid_count(0xD, 1, &eax, &ebx, &ecx, &edx))
        f.xinuse = (eax & (1U << 2)) != 0;
    return f;
}

const Features &features() noexcept
{
    static const Features f = detect();
    return f;
}

[[gnu::target("avx")]] void zeroUpper() noexcept
{
    _mm256_zeroupper();
}
#endif

} // namespace

void clearUpperVectorState() noexcept
{
#if defined(ACTVIZ_X86_VECTOR_STATE)
    if (features().avx)
        zeroUpper();
#endif
}

std::optional<bool> upperVectorStateInUse() noexcept
{
#if defined(ACTVIZ_X86_VECTOR_STATE)
    if (features().xinuse) {
        unsigned lo = 0, hi = 0;
        asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
        return (lo & (1U << 2)) != 0; // bit 2: the upper halves of YMM0–15
    }
#endif
    return std::nullopt;
}

bool UpperVectorStateFilter::eventFilter(QObject *watched, QEvent *event)
{
    clearUpperVectorState();
    return QObject::eventFilter(watched, event);
}

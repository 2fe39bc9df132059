// SPDX-License-Identifier: MIT
// HeapWarmup: the memory the first frame will be drawn with, mapped in by the second core.
// On a virtual machine a fresh page costs much more than on bare metal — 10–15 µs to fault in and
// first write here, 1.6 ms per MB — and the window's first frame takes about 2,800 of them, most
// for its backing store, one at a time on the main thread. At the start of the process this
// grows glibc's heap by kReserveBytes at once, frees it (kept, not returned to the system) and
// asks a second thread to populate those pages with MADV_POPULATE_WRITE, while the main thread
// starts Qt; what Qt then allocates comes from memory already mapped. Large blocks (the backing
// store, images) are taken from the heap too rather than from fresh mappings of their own
// (M_MMAP_THRESHOLD), and the heap is not trimmed below 64 MiB (M_TRIM_THRESHOLD). Measured on
// the launch: first frame 126 → 113 ms p50, CPU 135 → 124 ms (issue 14). Elsewhere than glibc on
// Linux, or under AddressSanitizer, it does nothing.
#pragma once

#include <cstddef>
#include <thread>

class HeapWarmup
{
public:
    // About what a window's first frame has in use from the heap (6.5 MB offscreen at 874×800,
    // its backing store included). Mapping more only kept the second core, and the address
    // space's lock, busy while fontconfig loads there: launch p50 45.3 ms with 12 MiB, 41.2 ms
    // with 6, 41.6 with 4, 45.5 with none (60 alternating runs each, 2026-12-06).
    static constexpr std::size_t kWindowBytes = std::size_t{6} << 20;
    // What an export allocates besides the image, which has pages of its own
    // (export/prefaultedimage.h): under 4.5 MB for 8 functions at 3000×2000.
    static constexpr std::size_t kExportBytes = std::size_t{4} << 20;

    enum class ThreadHeaps {
        // Every thread allocates from the one warmed heap (M_ARENA_MAX 1), instead of faulting in
        // an arena of its own: for an export, whose other threads (font set-up, PNG bands) are
        // short and its own — 1.5–2 ms off the whole process (issue 14).
        Shared,
        // glibc's default, an arena per thread as they come: for the window, where the training
        // worker allocates while the window paints — in one arena the two contended (training
        // view bench: GUI time per frame p50 4.2–4.5 → 4.8–5.7 ms).
        PerThread,
    };

    HeapWarmup(std::size_t reserveBytes, ThreadHeaps threads);
    ~HeapWarmup(); // waits
    HeapWarmup(const HeapWarmup &) = delete;
    HeapWarmup &operator=(const HeapWarmup &) = delete;

    // Returns once the pages are mapped (or at once, if they were already waited for).
    void wait();

    // The address range handed to the kernel, empty if nothing was reserved. For tests.
    [[nodiscard]] const char *begin() const { return m_begin; }
    [[nodiscard]] const char *end() const { return m_end; }

private:
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    std::thread m_thread;
};

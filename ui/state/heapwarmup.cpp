// SPDX-License-Identifier: MIT
#include "state/heapwarmup.h"

#include <cstdint>
#include <cstdlib>
#include <system_error>

// Not under AddressSanitizer, whose allocator is not glibc's heap.
#if defined(__SANITIZE_ADDRESS__)
#define ACTVIZ_NO_HEAP_WARMUP 1
#endif
#if defined(__GLIBC__) && defined(__linux__) && !defined(ACTVIZ_NO_HEAP_WARMUP)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define ACTVIZ_HEAP_WARMUP 1
#endif

HeapWarmup::HeapWarmup(std::size_t reserveBytes, ThreadHeaps threads)
{
#if defined(ACTVIZ_HEAP_WARMUP) && defined(MADV_POPULATE_WRITE)
    // Blocks below 32 MiB come from the heap; 64 MiB free at its top before it is trimmed.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    if (threads == ThreadHeaps::Shared)
        mallopt(M_ARENA_MAX, 1);
    void *block = std::malloc(reserveBytes);
    if (!block)
        return;
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto from = (reinterpret_cast<std::uintptr_t>(block) + page - 1) & ~(page - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(block) + reserveBytes) & ~(page - 1);
    // Freed at once: the block rejoins the top of the heap, which later allocations are cut from.
    // The thread never reads or writes it; the kernel maps its pages, whatever the main thread
    // has put in some of them meanwhile.
    std::free(block);
    if (to <= from)
        return;
    m_begin = reinterpret_cast<const char *>(from);
    m_end = reinterpret_cast<const char *>(to);
    try {
        // A failure (ENOMEM if the block was not in the heap after all, EINVAL before Linux
        // 5.14) leaves the pages to be mapped as they are first written, as without this.
        m_thread = std::thread([from, to] { madvise(reinterpret_cast<void *>(from), to - from, MADV_POPULATE_WRITE); });
    } catch (const std::system_error &) {
        m_begin = m_end = nullptr;
    }
#else
    (void)reserveBytes;
    (void)threads;
#endif
}

HeapWarmup::~HeapWarmup()
{
    wait();
}

void HeapWarmup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

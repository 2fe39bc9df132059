// SPDX-License-Identifier: MIT
// HeapWarmup: once waited for, what the heap hands out next lies in the reserved range and is
// already resident — mapped before anything wrote to it (mincore), which a fresh block of the
// same size is not; and a thread started afterwards allocates from that same heap, not from an
// arena of its own.
#include "state/heapwarmup.h"

#include <QProcess>
#include <QTest>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#if defined(__GLIBC__) && defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

// How many of the pages spanned by [p, p + n) are resident, or -1 if that cannot be told.
long residentPages(const void *p, std::size_t n)
{
#if defined(__GLIBC__) && defined(__linux__)
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto from = reinterpret_cast<std::uintptr_t>(p) & ~(page - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(p) + n + page - 1) & ~(page - 1);
    std::vector<unsigned char> vec((to - from) / page);
    if (mincore(reinterpret_cast<void *>(from), to - from, vec.data()) != 0)
        return -1;
    long resident = 0;
    for (const unsigned char v : vec)
        resident += v & 1;
    return resident;
#else
    Q_UNUSED(p);
    Q_UNUSED(n);
    return -1;
#endif
}

// Whether p lies in the mapping /proc/self/maps names [heap] (glibc's main arena).
bool inMainHeap(const void *p)
{
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);) {
        if (line.find("[heap]") == std::string::npos)
            continue;
        const auto dash = line.find('-');
        const std::uintptr_t from = std::stoull(line.substr(0, dash), nullptr, 16);
        const std::uintptr_t to = std::stoull(line.substr(dash + 1), nullptr, 16);
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        return at >= from && at < to;
    }
    return false;
}

} // namespace

class TestHeapWarmup : public QObject
{
    Q_OBJECT
private slots:
    void nextBlocksAreMappedAlready();
    void threadsShareTheWarmedHeap();
};

void TestHeapWarmup::nextBlocksAreMappedAlready()
{
    HeapWarmup heap(HeapWarmup::kWindowBytes, HeapWarmup::ThreadHeaps::PerThread);
    heap.wait();
    if (heap.begin() == heap.end())
        QSKIP("no heap warm-up on this system (glibc on Linux 5.14 or later)");
    QCOMPARE(std::size_t(heap.end() - heap.begin()) + 2 * 4096 > HeapWarmup::kWindowBytes, true);
    // 4 MiB, as a window's backing store: cut from the reserved top of the heap, never written.
    constexpr std::size_t kBlock = std::size_t{4} << 20;
    char *block = static_cast<char *>(std::malloc(kBlock));
    QVERIFY(block != nullptr);
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    const auto begin = reinterpret_cast<std::uintptr_t>(heap.begin());
    const auto end = reinterpret_cast<std::uintptr_t>(heap.end());
    // The block may start in the page before the range: the range begins at the first whole page.
    const bool inside = at + 4096 > begin && at + kBlock <= end;
    const long resident = inside ? residentPages(heap.begin(), at + kBlock - begin) : 0;
    const long pages = static_cast<long>((at + kBlock - begin + 4095) / 4096);
    std::free(block);
    QVERIFY2(inside, "the next large block comes from the reserved range");
    if (resident < 0)
        QSKIP("mincore cannot tell residency here");
    QVERIFY2(resident >= pages, qPrintable(QStringLiteral("%1 of %2 pages resident").arg(resident).arg(pages)));
}

namespace {

constexpr char kSharedHeapChild[] = "--shared-heap-child";

// Run in a process of its own, as the first thing it does (as `actviz export` does): another
// thread's arena, such as the one the test runner's watchdog thread takes, could otherwise be
// handed to the new thread. Exit status: 0 when every block of the new thread lies in the main
// heap, 1 when some do not, 77 when there is no warm-up on this system.
int sharedHeapChild()
{
    HeapWarmup heap(HeapWarmup::kExportBytes, HeapWarmup::ThreadHeaps::Shared);
    heap.wait();
    if (heap.begin() == heap.end() || !inMainHeap(heap.begin()))
        return 77;
    // A new thread's first allocations: in an arena of its own, they would be fresh pages.
    std::vector<void *> blocks(64, nullptr);
    std::thread([&blocks] {
        for (void *&b : blocks)
            b = std::malloc(1024);
    }).join();
    int outside = 0;
    for (void *b : blocks) {
        outside += inMainHeap(b) ? 0 : 1;
        std::free(b);
    }
    std::fprintf(stderr, "%d of %zu blocks outside the main heap\n", outside, blocks.size());
    return outside == 0 ? 0 : 1;
}

} // namespace

void TestHeapWarmup::threadsShareTheWarmedHeap()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kSharedHeapChild)});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    if (child.exitCode() == 77)
        QSKIP("no heap warm-up on this system (glibc on Linux 5.14 or later)");
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
}

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], kSharedHeapChild) == 0)
        return sharedHeapChild();
    QCoreApplication app(argc, argv);
    TestHeapWarmup test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_heapwarmup.moc"

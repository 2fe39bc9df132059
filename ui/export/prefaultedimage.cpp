// SPDX-License-Identifier: MIT
#include "export/prefaultedimage.h"

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

#include <cstdint>
#include <limits>
#include <system_error>

QImage prefaultedImage(QSize size, QImage::Format format)
{
#if defined(Q_OS_LINUX)
    const int depth = QImage::toPixelFormat(format).bitsPerPixel();
    const qint64 bytesPerLine = (static_cast<qint64>(size.width()) * depth + 31) / 32 * 4;
    if (!size.isEmpty() && depth % 8 == 0 && bytesPerLine <= std::numeric_limits<int>::max() / size.height()) {
        const auto bytes = static_cast<size_t>(bytesPerLine * size.height());
        const size_t spanned = (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
        // One huge page more than the pixels need, so that they can start on a boundary.
        const size_t length = spanned + kHugePageBytes;
        void *raw = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw != MAP_FAILED) {
            const auto at = (reinterpret_cast<std::uintptr_t>(raw) + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
            auto *pixels = reinterpret_cast<uchar *>(at);
            // Both are advice: a kernel without transparent huge pages, or with them turned off,
            // maps 4 KiB pages, and one older than Linux 5.14 maps them as they are first written.
#if defined(MADV_HUGEPAGE)
            madvise(pixels, spanned, MADV_HUGEPAGE);
#endif
#if defined(MADV_POPULATE_WRITE)
            madvise(pixels, spanned, MADV_POPULATE_WRITE);
#endif
            struct Mapping {
                void *raw;
                size_t length;
            };
            auto *mapping = new Mapping{raw, length};
            const auto unmap = [](void *info) {
                const auto *m = static_cast<Mapping *>(info);
                munmap(m->raw, m->length);
                delete m;
            };
            QImage image(pixels, size.width(), size.height(), bytesPerLine, format, unmap, mapping);
            if (!image.isNull())
                return image;
            unmap(mapping); // QImage refused the buffer and took no ownership of it
        }
    }
#endif
    return QImage(size, format);
}

std::future<QImage> prefaultedImageAsync(QSize size, QImage::Format format)
{
    try {
        return std::async(std::launch::async, prefaultedImage, size, format);
    } catch (const std::system_error &) {
        return std::async(std::launch::deferred, prefaultedImage, size, format);
    }
}

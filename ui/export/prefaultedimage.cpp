// SPDX-License-Identifier: MIT
#include "export/prefaultedimage.h"

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

#include <limits>

QImage prefaultedImage(QSize size, QImage::Format format)
{
#if defined(Q_OS_LINUX) && defined(MAP_POPULATE)
    const int depth = QImage::toPixelFormat(format).bitsPerPixel();
    const qint64 bytesPerLine = (static_cast<qint64>(size.width()) * depth + 31) / 32 * 4;
    if (!size.isEmpty() && depth % 8 == 0 && bytesPerLine <= std::numeric_limits<int>::max() / size.height()) {
        const auto bytes = static_cast<size_t>(bytesPerLine * size.height());
        void *pixels = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (pixels != MAP_FAILED) {
            struct Mapping {
                void *pixels;
                size_t bytes;
            };
            auto *mapping = new Mapping{pixels, bytes};
            const auto unmap = [](void *info) {
                const auto *m = static_cast<Mapping *>(info);
                munmap(m->pixels, m->bytes);
                delete m;
            };
            QImage image(static_cast<uchar *>(pixels), size.width(), size.height(), bytesPerLine, format, unmap, mapping);
            if (!image.isNull())
                return image;
            unmap(mapping); // QImage refused the buffer and took no ownership of it
        }
    }
#endif
    return QImage(size, format);
}

// SPDX-License-Identifier: MIT
#include "export/pngwriter.h"
#include "state/uppervectorstate.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>
#include <vector>

namespace {

constexpr int kZlibLevel = 1;
constexpr unsigned char kFilterUp = 2;
constexpr size_t kChunkOut = 1 << 16;
constexpr int kMaxBands = 4;
constexpr int kMinBandRows = 64; // fewer rows than this are not worth a thread

bool writeChunk(QIODevice *device, const char type[4], const unsigned char *data, size_t size)
{
    std::array<unsigned char, 8> head{};
    qToBigEndian<quint32>(static_cast<quint32>(size), head.data());
    std::memcpy(head.data() + 4, type, 4);
    uLong crc = crc32(0L, head.data() + 4, 4);
    if (size > 0)
        crc = crc32(crc, data, static_cast<uInt>(size));
    std::array<unsigned char, 4> tail{};
    qToBigEndian<quint32>(static_cast<quint32>(crc), tail.data());
    return device->write(reinterpret_cast<const char *>(head.data()), 8) == 8 &&
           (size == 0 || device->write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) ==
                             static_cast<qint64>(size)) &&
           device->write(reinterpret_cast<const char *>(tail.data()), 4) == 4;
}

// Rows [first, last) of the image, Up-filtered and deflated as a raw stream.
struct Band {
    int first = 0;
    int last = 0;
    bool final = false;
    std::vector<unsigned char> out;
    uLong adler = 0;
    size_t inputBytes = 0;
    bool ok = false;
};

// Row y of img (RGB32, ARGB32 or ARGB32_Premultiplied) as PNG's RGB or RGBA bytes. Converting
// row by row, inside the bands' threads, spares a converted copy of the whole image: at
// 1600×1000 that was 4.8 MB of fresh pages, each a page fault (issue 14).
void packRow(const QImage &img, int y, bool alpha, unsigned char *to)
{
    // One row wrapped, not copied, and converted by Qt: the same bytes a whole-image conversion
    // gives (premultiplied alpha undone as Qt does it), in a row's worth of reused heap.
    const QImage line(img.constScanLine(y), img.width(), 1, img.bytesPerLine(), img.format());
    const QImage packed = line.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    std::memcpy(to, packed.constBits(), static_cast<size_t>(img.width()) * (alpha ? 4 : 3));
    clearUpperVectorState(); // whatever Qt's conversion left would slow zlib's SSE2 hash slide
}

void deflateBand(const QImage &img, bool alpha, size_t rowBytes, Band &band)
{
    // A thread starts with its creator's vector state: the renderer's AVX2 fill may have left the
    // upper halves in use, which made this function 2–3× slower (state/uppervectorstate.h).
    clearUpperVectorState();
    z_stream zs{};
    if (deflateInit2(&zs, kZlibLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    std::vector<unsigned char> row(rowBytes + 1);
    std::vector<unsigned char> cur(rowBytes);
    std::vector<unsigned char> prev(rowBytes);
    std::array<unsigned char, kChunkOut> out{};
    band.adler = adler32(0L, nullptr, 0);
    bool ok = true;
    auto pump = [&](int flush) {
        do {
            zs.next_out = out.data();
            zs.avail_out = static_cast<uInt>(out.size());
            if (deflate(&zs, flush) == Z_STREAM_ERROR)
                return false;
            band.out.insert(band.out.end(), out.data(), out.data() + (out.size() - zs.avail_out));
        } while (zs.avail_out == 0);
        return true;
    };
    if (band.first > 0)
        packRow(img, band.first - 1, alpha, prev.data());
    for (int y = band.first; y < band.last && ok; ++y) {
        packRow(img, y, alpha, cur.data());
        row[0] = kFilterUp;
        if (y == 0) {
            std::memcpy(row.data() + 1, cur.data(), rowBytes);
        } else {
            for (size_t i = 0; i < rowBytes; ++i)
                row[i + 1] = static_cast<unsigned char>(cur[i] - prev[i]);
        }
        cur.swap(prev);
        band.adler = adler32(band.adler, row.data(), static_cast<uInt>(row.size()));
        band.inputBytes += row.size();
        zs.next_in = row.data();
        zs.avail_in = static_cast<uInt>(row.size());
        ok = pump(Z_NO_FLUSH);
    }
    // A sync flush ends on a byte boundary with an empty stored block: the next band's blocks
    // follow directly. Only the last band ends the stream.
    ok = ok && pump(band.final ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&zs);
    band.ok = ok;
}

} // namespace

bool PngWriter::write(const QImage &image, QIODevice *device, int bands)
{
    if (image.isNull() || !device)
        return false;
    const bool alpha = image.hasAlphaChannel();
    // What the renderer draws into is read as it is; anything else is converted once.
    const bool native = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32 ||
                        image.format() == QImage::Format_ARGB32_Premultiplied;
    const QImage img = native ? image : image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int w = img.width();
    const int h = img.height();
    const size_t rowBytes = static_cast<size_t>(w) * (alpha ? 4 : 3);

    static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (device->write(reinterpret_cast<const char *>(kSignature), 8) != 8)
        return false;
    std::array<unsigned char, 13> ihdr{};
    qToBigEndian<quint32>(static_cast<quint32>(w), ihdr.data());
    qToBigEndian<quint32>(static_cast<quint32>(h), ihdr.data() + 4);
    ihdr[8] = 8;                        // bit depth
    ihdr[9] = alpha ? 6 : 2;            // colour type: RGBA or RGB
    ihdr[10] = ihdr[11] = ihdr[12] = 0; // deflate, adaptive filtering per row, no interlace
    if (!writeChunk(device, "IHDR", ihdr.data(), ihdr.size()))
        return false;
    // The physical size says 96 dpi × device-pixel ratio, so viewers show it at its logical size.
    std::array<unsigned char, 9> phys{};
    const auto ppm = static_cast<quint32>(96.0 / 0.0254 * image.devicePixelRatio() + 0.5);
    qToBigEndian<quint32>(ppm, phys.data());
    qToBigEndian<quint32>(ppm, phys.data() + 4);
    phys[8] = 1; // metres
    if (!writeChunk(device, "pHYs", phys.data(), phys.size()))
        return false;

    // The filtered rows are deflated in bands, one per thread, each a raw deflate stream ended
    // by a sync flush (the last by the final block), so that their concatenation is one stream
    // (as pigz does); the zlib header and the combined Adler-32 wrap it. On 2 cores this halves
    // the time zlib took, which was a third of a whole `actviz export` (issue 14).
    if (bands <= 0)
        bands = std::min({static_cast<int>(std::thread::hardware_concurrency()), kMaxBands, h / kMinBandRows});
    std::vector<Band> parts(static_cast<size_t>(std::clamp(bands, 1, h)));
    for (size_t k = 0; k < parts.size(); ++k) {
        parts[k].first = static_cast<int>(static_cast<qint64>(h) * static_cast<qint64>(k) / static_cast<qint64>(parts.size()));
        parts[k].last = static_cast<int>(static_cast<qint64>(h) * static_cast<qint64>(k + 1) / static_cast<qint64>(parts.size()));
        parts[k].final = k + 1 == parts.size();
    }
    {
        std::vector<std::thread> threads;
        for (size_t k = 1; k < parts.size(); ++k)
            threads.emplace_back([&img, alpha, &parts, k, rowBytes] { deflateBand(img, alpha, rowBytes, parts[k]); });
        deflateBand(img, alpha, rowBytes, parts[0]);
        for (std::thread &t : threads)
            t.join();
    }
    std::vector<unsigned char> stream = {0x78, 0x01}; // deflate, 32 KiB window, "fastest"
    uLong adler = adler32(0L, nullptr, 0);
    for (const Band &part : parts) {
        if (!part.ok)
            return false;
        stream.insert(stream.end(), part.out.begin(), part.out.end());
        adler = adler32_combine(adler, part.adler, static_cast<z_off_t>(part.inputBytes));
    }
    std::array<unsigned char, 4> check{};
    qToBigEndian<quint32>(static_cast<quint32>(adler), check.data());
    stream.insert(stream.end(), check.begin(), check.end());
    bool ok = true;
    for (size_t at = 0; at < stream.size() && ok; at += kChunkOut)
        ok = writeChunk(device, "IDAT", stream.data() + at, std::min(kChunkOut, stream.size() - at));
    return ok && writeChunk(device, "IEND", nullptr, 0);
}

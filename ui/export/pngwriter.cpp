// SPDX-License-Identifier: MIT
#include "export/pngwriter.h"
#include "state/uppervectorstate.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <system_error>
#include <thread>
#include <vector>

namespace {

constexpr int kZlibLevel = 1;
constexpr unsigned char kFilterUp = 2;
constexpr size_t kChunkOut = 1 << 16;
constexpr int kMaxThreads = 4;
constexpr int kBandRows = 64; // rows per band: small enough that the threads finish within a band of each other
constexpr int kMaxBands = 32;

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

// PNG's Up filter: each byte minus the byte above it. Plain pointers and a count in a register,
// so that the compiler vectorises it (through the members, every store might have changed the
// count, and it ran a byte at a time: 15 % of the encoder).
void filterUp(const unsigned char *cur, const unsigned char *prev, unsigned char *to, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        to[i] = static_cast<unsigned char>(cur[i] - prev[i]);
}

// Adler-32 of n more bytes, zero runs at 8 bytes a step: over a zero byte s1 stays and s2 grows
// by s1. An Up-filtered figure is mostly zero runs (a row like the one above is all zeros), and
// there this takes 0.2 ms where zlib's adler32, a byte at a time, took 1.6 ms: 14 % of encoding
// (issue 14). Sums in 64 bits, reduced modulo 65521 every 4096 bytes, as zlib reduces its own.
uLong adlerUpdate(uLong adler, const unsigned char *p, size_t n)
{
    constexpr std::uint64_t kBase = 65521;
    constexpr size_t kBlock = 4096; // s2 stays below 2^33: no overflow
    std::uint64_t s1 = adler & 0xFFFF;
    std::uint64_t s2 = (adler >> 16) & 0xFFFF;
    for (size_t at = 0; at < n;) {
        const size_t end = std::min(n, at + kBlock);
        for (; at + 8 <= end; at += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p + at, 8);
            if (word == 0) {
                s2 += 8 * s1;
                continue;
            }
            for (size_t k = 0; k < 8; ++k) {
                s1 += p[at + k];
                s2 += s1;
            }
        }
        for (; at < end; ++at) {
            s1 += p[at];
            s2 += s1;
        }
        s1 %= kBase;
        s2 %= kBase;
    }
    return static_cast<uLong>((s2 << 16) | s1);
}

// One thread's deflater: a raw deflate stream and row buffers, reset and reused band after band.
class BandDeflater
{
public:
    BandDeflater(const QImage &img, bool alpha, size_t rowBytes)
        : m_img(img)
        , m_alpha(alpha)
        , m_rowBytes(rowBytes)
        , m_row(rowBytes + 1)
        , m_cur(rowBytes)
        , m_prev(rowBytes)
    {
        m_ready = deflateInit2(&m_zs, kZlibLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~BandDeflater()
    {
        if (m_ready)
            deflateEnd(&m_zs);
    }
    BandDeflater(const BandDeflater &) = delete;
    BandDeflater &operator=(const BandDeflater &) = delete;

    [[nodiscard]] bool ready() const { return m_ready; }

    // Fills band.out, band.adler and band.inputBytes; sets band.ok.
    void deflateBand(Band &band)
    {
        band.adler = adler32(0L, nullptr, 0);
        bool ok = deflateReset(&m_zs) == Z_OK;
        if (ok && band.first > 0)
            packRow(m_img, band.first - 1, m_alpha, m_prev.data());
        for (int y = band.first; y < band.last && ok; ++y) {
            packRow(m_img, y, m_alpha, m_cur.data());
            m_row[0] = kFilterUp;
            if (y == 0)
                std::memcpy(m_row.data() + 1, m_cur.data(), m_rowBytes);
            else
                filterUp(m_cur.data(), m_prev.data(), m_row.data() + 1, m_rowBytes);
            m_cur.swap(m_prev);
            band.adler = adlerUpdate(band.adler, m_row.data(), m_row.size());
            band.inputBytes += m_row.size();
            m_zs.next_in = m_row.data();
            m_zs.avail_in = static_cast<uInt>(m_row.size());
            ok = pump(band, Z_NO_FLUSH);
        }
        // A sync flush ends on a byte boundary with an empty stored block: the next band's blocks
        // follow directly. Only the last band ends the stream.
        band.ok = ok && pump(band, band.final ? Z_FINISH : Z_SYNC_FLUSH);
    }

private:
    bool pump(Band &band, int flush)
    {
        do {
            m_zs.next_out = m_out.data();
            m_zs.avail_out = static_cast<uInt>(m_out.size());
            if (deflate(&m_zs, flush) == Z_STREAM_ERROR)
                return false;
            band.out.insert(band.out.end(), m_out.data(), m_out.data() + (m_out.size() - m_zs.avail_out));
        } while (m_zs.avail_out == 0);
        return true;
    }

    const QImage &m_img;
    bool m_alpha;
    size_t m_rowBytes;
    z_stream m_zs{};
    bool m_ready = false;
    std::vector<unsigned char> m_row;
    std::vector<unsigned char> m_cur;
    std::vector<unsigned char> m_prev;
    std::array<unsigned char, kChunkOut> m_out{};
};

// One thread's share: band after band, each the next one no thread has taken.
void deflateBands(const QImage &img, bool alpha, size_t rowBytes, std::vector<Band> &bands, std::atomic<size_t> &next)
{
    // A thread starts with its creator's vector state: the renderer's AVX2 fill may have left the
    // upper halves in use, which made this 2–3× slower (state/uppervectorstate.h).
    clearUpperVectorState();
    BandDeflater deflater(img, alpha, rowBytes);
    if (!deflater.ready())
        return; // the other threads take the bands; if none can, they stay not ok
    for (size_t k = next++; k < bands.size(); k = next++)
        deflater.deflateBand(bands[k]);
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

    // The filtered rows are deflated in bands, each a raw deflate stream ended by a sync flush
    // (the last by the final block), so that their concatenation is one stream (as pigz does);
    // the zlib header and the combined Adler-32 wrap it. One thread per core takes band after
    // band: a thread that starts late or runs slow takes fewer, so the cores finish together.
    // On 2 cores this halves the time zlib took, a third of a whole `actviz export` (issue 14).
    if (bands <= 0)
        bands = std::min(kMaxBands, (h + kBandRows - 1) / kBandRows);
    std::vector<Band> parts(static_cast<size_t>(std::clamp(bands, 1, h)));
    for (size_t k = 0; k < parts.size(); ++k) {
        parts[k].first =
            static_cast<int>(static_cast<qint64>(h) * static_cast<qint64>(k) / static_cast<qint64>(parts.size()));
        parts[k].last =
            static_cast<int>(static_cast<qint64>(h) * static_cast<qint64>(k + 1) / static_cast<qint64>(parts.size()));
        parts[k].final = k + 1 == parts.size();
    }
    {
        std::atomic<size_t> next{0};
        const size_t helpers = std::min({static_cast<size_t>(std::max(1U, std::thread::hardware_concurrency())),
                                         static_cast<size_t>(kMaxThreads), parts.size()}) -
                               1;
        std::vector<std::thread> threads;
        try {
            for (size_t k = 0; k < helpers; ++k)
                threads.emplace_back([&] { deflateBands(img, alpha, rowBytes, parts, next); });
        } catch (const std::system_error &) {
            // Fewer threads than cores: the ones there are take the remaining bands.
        }
        deflateBands(img, alpha, rowBytes, parts, next);
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

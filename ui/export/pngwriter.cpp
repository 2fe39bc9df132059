// SPDX-License-Identifier: MIT
#include "export/pngwriter.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <array>
#include <cstring>
#include <vector>

namespace {

constexpr int kZlibLevel = 1;
constexpr unsigned char kFilterUp = 2;
constexpr size_t kChunkOut = 1 << 16;

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

} // namespace

bool PngWriter::write(const QImage &image, QIODevice *device)
{
    if (image.isNull() || !device)
        return false;
    const bool alpha = image.hasAlphaChannel();
    const QImage img = image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
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

    z_stream zs{};
    if (deflateInit2(&zs, kZlibLevel, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    std::vector<unsigned char> row(rowBytes + 1);
    std::vector<unsigned char> out(kChunkOut);
    bool ok = true;
    auto pump = [&](int flush) {
        do {
            zs.next_out = out.data();
            zs.avail_out = static_cast<uInt>(out.size());
            const int rc = deflate(&zs, flush);
            if (rc == Z_STREAM_ERROR)
                return false;
            const size_t produced = out.size() - zs.avail_out;
            if (produced > 0 && !writeChunk(device, "IDAT", out.data(), produced))
                return false;
        } while (zs.avail_out == 0);
        return true;
    };
    for (int y = 0; y < h && ok; ++y) {
        const unsigned char *cur = img.constScanLine(y);
        row[0] = kFilterUp;
        if (y == 0) {
            std::memcpy(row.data() + 1, cur, rowBytes);
        } else {
            const unsigned char *prev = img.constScanLine(y - 1);
            for (size_t i = 0; i < rowBytes; ++i)
                row[i + 1] = static_cast<unsigned char>(cur[i] - prev[i]);
        }
        zs.next_in = row.data();
        zs.avail_in = static_cast<uInt>(row.size());
        ok = pump(Z_NO_FLUSH);
    }
    ok = ok && pump(Z_FINISH);
    deflateEnd(&zs);
    return ok && writeChunk(device, "IEND", nullptr, 0);
}

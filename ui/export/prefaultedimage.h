// SPDX-License-Identifier: MIT
// prefaultedImage: a QImage for the large images an export draws once, its pixels in transparent
// huge pages where Linux offers them. A fresh QImage's memory is mapped 4 KiB at a time as it is
// first written: 1,563 page faults for a 1600×1000 figure. Even mapped in advance
// (mmap(MAP_POPULATE)), the first write to each 4 KiB page cost a virtual machine about 6 µs,
// 10 ms for the figure; in 2 MiB pages it is 4 faults and 0.7 ms (issue 14). Elsewhere than
// Linux, and if the mapping fails, it is a plain QImage.
#pragma once

#include <QImage>

#include <cstddef>
#include <future>

// The size of a transparent huge page on x86-64 and of the alignment the pixels start on.
inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// A null image (as QImage's own constructor) if the size is empty or too large to address.
[[nodiscard]] QImage prefaultedImage(QSize size, QImage::Format format);

// prefaultedImage, made on a thread of its own from now on, so that the caller can build the
// figure meanwhile: on a second core the mapping costs the export nothing, where on the caller's
// thread it took 0.7 ms, and up to 15 ms when the kernel first had to compact memory for the huge
// pages (issue 14). Without a thread to spare, the image is made when the result is asked for.
[[nodiscard]] std::future<QImage> prefaultedImageAsync(QSize size, QImage::Format format);

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

// The size of a transparent huge page on x86-64 and of the alignment the pixels start on.
inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// A null image (as QImage's own constructor) if the size is empty or too large to address.
[[nodiscard]] QImage prefaultedImage(QSize size, QImage::Format format);

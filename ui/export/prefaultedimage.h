// SPDX-License-Identifier: MIT
// prefaultedImage: a QImage whose pixels are mapped in one system call, for the large images an
// export draws once. A fresh QImage's memory is mapped page by page as it is first written, one
// page fault per 4 KiB: 1,563 of them for a 1600×1000 figure, which on a virtual machine cost
// about twice what one mmap(MAP_POPULATE) of the same size costs (issue 14). Elsewhere than
// Linux, and if the mapping fails, it is a plain QImage.
#pragma once

#include <QImage>

// A null image (as QImage's own constructor) if the size is empty or too large to address.
[[nodiscard]] QImage prefaultedImage(QSize size, QImage::Format format);

// SPDX-License-Identifier: MIT
// AtomicWrite: the one way actviz puts a file on disk (exported figures, lessons). The bytes
// are complete in memory before the file is touched; they go to a temporary file beside the
// target (QSaveFile), every write is checked, and only a fully written file replaces the old
// one, which a failure leaves as it was. The reason a write failed is said plainly ("the disk
// is full"), not as Qt's "Writing canceled by application" or "Unknown error".
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class AtomicWrite
{
    Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
public:
    // Empty on success, otherwise why the file could not be written (translated; the path is
    // not repeated).
    [[nodiscard]] static QString write(const QString &path, const QByteArray &bytes);
};

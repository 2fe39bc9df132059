// SPDX-License-Identifier: MIT
#include "state/atomicwrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <optional>

namespace {

// Why a write or commit of `path` failed, from errno where it says more than Qt's text.
QString reason(int error, const QString &qtText, const QFileInfo &path, qint64 needed)
{
    const QString dir = path.absolutePath();
    if (error == ENOSPC || error == EDQUOT)
        return AtomicWrite::tr("the disk is full (%1 bytes to write, %2 bytes free in “%3”)")
            .arg(needed)
            .arg(QStorageInfo(dir).bytesAvailable())
            .arg(QDir::toNativeSeparators(dir));
    if (error == EFBIG)
        return AtomicWrite::tr("the file would be larger than this system allows");
    if (path.exists() && !path.isWritable()) // QSaveFile refuses to replace it, whatever the folder allows
        return AtomicWrite::tr("“%1” is read-only").arg(QDir::toNativeSeparators(path.absoluteFilePath()));
    if (error == EACCES || error == EPERM || error == EROFS)
        return AtomicWrite::tr("no permission to write in “%1” (%2)")
            .arg(QDir::toNativeSeparators(dir), QString::fromLocal8Bit(std::strerror(error)));
    if (error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    return qtText;
}

struct Failure {
    int error = 0;
    QString qtText;
};

// Writes through a QSaveFile, which is gone on return: after a failure its temporary file has
// been removed, so the free space a message reports does not count it.
std::optional<Failure> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return Failure{errno, file.errorString()};
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        Failure failure{errno, file.errorString()};
        file.cancelWriting();
        return failure;
    }
    errno = 0;
    if (!file.commit())
        return Failure{errno, file.errorString()};
    return std::nullopt;
}

} // namespace

QString AtomicWrite::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir())
        return tr("the folder “%1” does not exist").arg(QDir::toNativeSeparators(dir));
    if (info.isDir())
        return tr("“%1” is a folder").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (const auto failure = save(path, bytes))
        return reason(failure->error, failure->qtText, QFileInfo(path), bytes.size());
    // What is on disk now is what was meant (a filesystem that lost data without an error
    // would otherwise go unnoticed).
    if (QFileInfo(path).size() != bytes.size())
        return tr("the file on disk has %1 bytes instead of %2").arg(QFileInfo(path).size()).arg(bytes.size());
    return {};
}

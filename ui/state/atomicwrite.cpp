// SPDX-License-Identifier: MIT
#include "state/atomicwrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace {

// Why a write or commit failed, from errno where it says more than Qt's text.
QString reason(int error, const QString &qtText, const QString &dir, qint64 needed)
{
    if (error == ENOSPC || error == EDQUOT)
        return AtomicWrite::tr("the disk is full (%1 bytes to write, %2 bytes free in “%3”)")
            .arg(needed)
            .arg(QStorageInfo(dir).bytesAvailable())
            .arg(QDir::toNativeSeparators(dir));
    if (error == EFBIG)
        return AtomicWrite::tr("the file would be larger than this system allows");
    if (error == EACCES || error == EPERM || error == EROFS)
        return AtomicWrite::tr("no permission to write in “%1” (%2)")
            .arg(QDir::toNativeSeparators(dir), QString::fromLocal8Bit(std::strerror(error)));
    if (error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    return qtText;
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
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return reason(errno, file.errorString(), dir, bytes.size());
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int error = errno;
        const QString qtText = file.errorString();
        file.cancelWriting();
        return reason(error, qtText, dir, bytes.size());
    }
    errno = 0;
    if (!file.commit())
        return reason(errno, file.errorString(), dir, bytes.size());
    // What is on disk now is what was meant (a filesystem that lost data without an error
    // would otherwise go unnoticed).
    if (QFileInfo(path).size() != bytes.size())
        return tr("the file on disk has %1 bytes instead of %2").arg(QFileInfo(path).size()).arg(bytes.size());
    return {};
}

#include "core/common/Hash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace descry {

namespace {

// OpenSSL's SHA-256 uses the processor's SHA extensions where there are any (~1.2 GB/s here against Qt's
// ~170 MB/s): a multi-GB CLIP checkpoint is hashed on every pack load.
struct DigestDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

} // namespace

Result<QString> sha256File(const QString& path, const ByteProgress& progress, const std::atomic<bool>* cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "cannot open for reading (%1)").arg(file.errorString()),
                     path);
    return sha256Device(file, path, progress, cancel);
}

Result<QString> sha256Device(QIODevice& device, const QString& file, const ByteProgress& progress,
                             const std::atomic<bool>* cancel)
{
    std::unique_ptr<EVP_MD_CTX, DigestDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return Error(ErrorCode::Internal, QCoreApplication::translate("descry", "SHA-256 is unavailable"), file);
    constexpr qint64 chunkSize = 1 << 20;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    const qint64 total = device.isSequential() ? -1 : device.size() - device.pos();
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, QCoreApplication::translate("descry", "hashing cancelled"), file);
        const qint64 n = device.read(buffer.data(), chunkSize);
        if (n < 0)
            return Error(ErrorCode::Input,
                         QCoreApplication::translate("descry", "read error (%1)").arg(device.errorString()), file);
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
        done += n;
        if (progress)
            progress(done, total);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace descry

#include "core/casefile/SigningKey.h"
#include "core/common/Tr.h"

#include "core/common/Hash.h"
#include "core/common/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace descry {

namespace {

constexpr int kKeyBytes = 32;
constexpr qint64 kMaxKeyFileBytes = 64 * 1024; // a PEM Ed25519 key is about 120 bytes

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// The raw public and private halves of an Ed25519 key; false if OpenSSL cannot export them.
bool rawKeys(EVP_PKEY* key, QByteArray* priv, QByteArray* pub)
{
    size_t privLen = kKeyBytes, pubLen = kKeyBytes;
    priv->resize(kKeyBytes);
    pub->resize(kKeyBytes);
    return EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char*>(priv->data()), &privLen) == 1 &&
           EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pub->data()), &pubLen) == 1 &&
           privLen == kKeyBytes && pubLen == kKeyBytes;
}

// Writes `data` to a new file `path` readable by the owner only. The key goes to a private temporary name first and
// is linked into place, so that a crash never leaves a half-written key and an existing key is never replaced.
Status writePrivateFile(const QString& path, const QByteArray& data)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".descry-tmp-" + QByteArray::number(qint64(getpid()));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(ErrorCode::Input,
                     Tr::tr("cannot create the signing key (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))),
                     path);
    const bool written = ::write(fd, data.constData(), size_t(data.size())) == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    const bool linked = written && ::link(temporary.constData(), target.constData()) == 0;
    const int linkErrno = errno;
    ::unlink(temporary.constData());
    if (!linked)
        return Error(ErrorCode::Input,
                     Tr::tr("cannot create the signing key (%1)")
                         .arg(QString::fromLocal8Bit(std::strerror(written ? linkErrno : EIO))),
                     path);
    return {};
}

} // namespace

QString SigningKey::defaultPath()
{
    const QString env = qEnvironmentVariable("DESCRY_SIGNING_KEY");
    if (!env.isEmpty())
        return env;
    return QDir(paths::userConfigDir()).filePath(QStringLiteral("signing-key.pem"));
}

QString SigningKey::fingerprintOf(const QString& publicKeyHex)
{
    return sha256Hex(QByteArray::fromHex(publicKeyHex.toLatin1())).left(16);
}

Result<SigningKey> SigningKey::loadOrCreate(const QString& path, const QString& examinerName)
{
    if (QFileInfo::exists(path))
        return load(path, examinerName);
    Result<SigningKey> created = create(path, examinerName);
    // Another Descry process may have created the key at the same moment: use that one.
    if (!created && QFileInfo::exists(path))
        return load(path, examinerName);
    return created;
}

Result<SigningKey> SigningKey::create(const QString& path, const QString& examinerName)
{
    ERR_clear_error();
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    Bio bio(BIO_new(BIO_s_mem()));
    SigningKey k;
    if (!key || !bio || !rawKeys(key.get(), &k.m_private, &k.m_public) ||
        PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Error(ErrorCode::Internal, Tr::tr("cannot generate an Ed25519 signing key"), path);
    char* pem = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &pem);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir(folder).exists() && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (Status s = writePrivateFile(path, QByteArray(pem, int(n))); !s)
        return s.error();
    k.m_path = path;
    k.m_examiner = examinerName.trimmed();
    return k;
}

Result<SigningKey> SigningKey::load(const QString& path, const QString& examinerName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input, Tr::tr("cannot read the signing key (%1)").arg(file.errorString()), path);
    if (file.size() > kMaxKeyFileBytes)
        return Error(ErrorCode::Input, Tr::tr("not a signing key: the file is larger than a key can be"), path);
    const QByteArray pem = file.readAll();
    ERR_clear_error();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Pkey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return Error(ErrorCode::Input, Tr::tr("not a signing key: no PEM private key in the file"), path);
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error(ErrorCode::Input, Tr::tr("the signing key is not an Ed25519 key"), path);
    SigningKey k;
    if (!rawKeys(key.get(), &k.m_private, &k.m_public))
        return Error(ErrorCode::Internal, Tr::tr("cannot read the Ed25519 key"), path);
    k.m_path = path;
    k.m_examiner = examinerName.trimmed();
    return k;
}

QString SigningKey::userPublicKeyHex()
{
    const QString path = defaultPath();
    if (!QFileInfo::exists(path))
        return {};
    Result<SigningKey> key = load(path);
    return key ? key->publicKeyHex() : QString();
}

Result<QByteArray> SigningKey::sign(const QByteArray& message) const
{
    ERR_clear_error();
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(m_private), size_t(m_private.size())));
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes(message),
                       size_t(message.size())) != 1)
        return Error(ErrorCode::Internal, Tr::tr("signing failed"), m_path);
    signature.resize(qsizetype(length));
    return signature;
}

bool SigningKey::verify(const QString& publicKeyHex, const QByteArray& message, const QByteArray& signature)
{
    const QByteArray pub = QByteArray::fromHex(publicKeyHex.toLatin1());
    if (pub.size() != kKeyBytes || signature.size() != 64)
        return false;
    ERR_clear_error();
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(pub), size_t(pub.size())));
    MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
                    EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                                     size_t(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace descry

#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace descry {

// An examiner's Ed25519 signing key (OpenSSL), kept as a PEM file in the user's configuration and never written
// into a case. Signs the final hash of a case's audit chain; verify() checks such a signature with only the public
// key. Value type; thread-agnostic (each call builds its own OpenSSL key object).
class SigningKey
{
public:
    // Where the user's key lives: $DESCRY_SIGNING_KEY when set (tests), else <user config>/descry/signing-key.pem.
    static QString defaultPath();

    // Reads the key at `path`, or creates a fresh one there (file mode 0600, folder created 0700) when there is
    // none. `examinerName` is who signs with it (kept in memory only: the key file holds just the key).
    // Errors name the file: unreadable, not a PEM private key, not an Ed25519 key, or cannot be created.
    static Result<SigningKey> loadOrCreate(const QString& path, const QString& examinerName);
    // Reads an existing key; an Input error when there is none.
    static Result<SigningKey> load(const QString& path, const QString& examinerName = {});
    // The public key (hex) of the key at defaultPath(), or empty when the user has none yet (nothing is created).
    static QString userPublicKeyHex();

    QString examinerName() const { return m_examiner; }
    QString path() const { return m_path; }
    // 32-byte raw Ed25519 public key, as 64 lower-case hex digits.
    QString publicKeyHex() const { return QString::fromLatin1(m_public.toHex()); }
    // First 16 hex digits of the SHA-256 of the raw public key: short enough to read out over the phone.
    QString fingerprint() const { return fingerprintOf(publicKeyHex()); }
    static QString fingerprintOf(const QString& publicKeyHex);

    // Ed25519 signature (64 bytes) of `message`; an internal error only if OpenSSL fails.
    Result<QByteArray> sign(const QByteArray& message) const;
    // True when `signature` is a valid Ed25519 signature of `message` by the key `publicKeyHex` (64 hex digits).
    static bool verify(const QString& publicKeyHex, const QByteArray& message, const QByteArray& signature);

private:
    SigningKey() = default;
    static Result<SigningKey> create(const QString& path, const QString& examinerName);

    QString m_path;
    QString m_examiner;
    QByteArray m_private; // 32-byte raw private key (seed)
    QByteArray m_public;  // 32-byte raw public key
};

} // namespace descry

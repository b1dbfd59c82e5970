#pragma once
// Test data shared by the ui tests: the assembled face-default pack and face-like photos drawn on the fly.

#include <QColor>
#include <QFileInfo>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QSignalSpy>
#include <QString>

namespace descry::uitest {

inline QString packsDir()
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs");
}

inline QString faceDefaultPack()
{
    return packsDir() + QStringLiteral("/face-default");
}

inline bool haveFaceDefaultPack()
{
    return QFileInfo::exists(faceDefaultPack() + QStringLiteral("/manifest.json"));
}

// Makes the pack search find face-default by name (AppSettings' default pack).
inline void usePackagedPacks()
{
    qputenv("DESCRY_PACKS", packsDir().toLocal8Bit());
}

// A face-like picture (skin-coloured oval, eyes, brows, nose and mouth on a gradient), varied by `hue` and
// `spread` (eye distance). Compared with the cropped option it needs no real face and no face detection.
inline QString writeSyntheticFace(const QString& path, int hue, int spread = 24)
{
    QImage image(224, 224, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, 0, 224);
    background.setColorAt(0, QColor::fromHsv(hue, 40, 235));
    background.setColorAt(1, QColor::fromHsv(hue, 80, 150));
    p.fillRect(image.rect(), background);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(224, 180, 150));
    p.drawEllipse(QRectF(52, 30, 120, 160));
    p.setBrush(QColor(60, 40, 30));
    p.drawEllipse(QPointF(112 - spread, 95), 9, 5);
    p.drawEllipse(QPointF(112 + spread, 95), 9, 5);
    p.setPen(QPen(QColor(80, 50, 40), 4));
    p.drawLine(QPointF(112 - spread - 12, 80), QPointF(112 - spread + 12, 78));
    p.drawLine(QPointF(112 + spread - 12, 78), QPointF(112 + spread + 12, 80));
    p.setPen(QPen(QColor(150, 100, 80), 3));
    p.drawLine(QPointF(112, 100), QPointF(108, 135));
    p.drawArc(QRectF(90, 140, 44, 20), 200 * 16, 140 * 16);
    p.end();
    return image.save(path) ? path : QString();
}

// The thread count reported for request `id` by a spy on InferenceService::threadsReported (other reports, such as
// the worker's own at start-up, are skipped); -1 when none came within 10 s.
inline int threadsReportedFor(QSignalSpy& spy, quint64 id)
{
    for (;;) {
        for (const QList<QVariant>& args : spy)
            if (args.at(0).value<quint64>() == id)
                return args.at(1).toInt();
        if (!spy.wait(10000))
            return -1;
    }
}

} // namespace descry::uitest

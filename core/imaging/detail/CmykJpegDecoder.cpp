#include "core/imaging/detail/CmykJpegDecoder.h"

#include "core/common/Tr.h"

#include <csetjmp>
#include <cstdio>
#include <cstring>

#include <jpeglib.h>

namespace descry::detail {

namespace {

// libjpeg's error manager with a way out (longjmp) and a place for its warnings.
struct ErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char lastError[JMSG_LENGTH_MAX];
    QStringList* messages;
};

void onError(j_common_ptr info)
{
    auto* err = reinterpret_cast<ErrorManager*>(info->err);
    (*info->err->format_message)(info, err->lastError);
    std::longjmp(err->jump, 1);
}

void onMessage(j_common_ptr info, int level)
{
    if (level > 0) // trace messages
        return;
    // libjpeg repeats a warning per corrupt segment: the first of each kind is enough.
    char text[JMSG_LENGTH_MAX];
    (*info->err->format_message)(info, text);
    auto* err = reinterpret_cast<ErrorManager*>(info->err);
    const QString message = QString::fromLocal8Bit(text);
    if (!err->messages->contains(message))
        err->messages->append(message);
}

bool adobeMarker(j_decompress_ptr info)
{
    for (jpeg_saved_marker_ptr m = info->marker_list; m; m = m->next)
        if (m->marker == JPEG_APP0 + 14 && m->data_length >= 5 && std::memcmp(m->data, "Adobe", 5) == 0)
            return true;
    return false;
}

// Only POD locals live across setjmp: what longjmp skips must need no destructor.
bool decodeRows(j_decompress_ptr info, ErrorManager& err, uchar* cmyk, size_t rowBytes)
{
    if (setjmp(err.jump))
        return false;
    jpeg_start_decompress(info);
    while (info->output_scanline < info->output_height) {
        JSAMPROW row = cmyk + size_t(info->output_scanline) * rowBytes;
        jpeg_read_scanlines(info, &row, 1);
    }
    jpeg_finish_decompress(info);
    return true;
}

bool readHeader(j_decompress_ptr info, ErrorManager& err, const QByteArray& data)
{
    if (setjmp(err.jump))
        return false;
    jpeg_create_decompress(info);
    jpeg_mem_src(info, reinterpret_cast<const unsigned char*>(data.constData()), (unsigned long)data.size());
    jpeg_save_markers(info, JPEG_APP0 + 14, 0xFFFF);
    jpeg_read_header(info, TRUE);
    info->out_color_space = JCS_CMYK; // libjpeg turns YCCK into CMYK itself
    return true;
}

QImage toRgb(const uchar* cmyk, int w, int h, bool inverted)
{
    QImage rgb(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        const uchar* in = cmyk + size_t(y) * size_t(w) * 4;
        uchar* out = rgb.scanLine(y);
        for (int x = 0; x < w; ++x, in += 4, out += 3) {
            // Inverted files store 255 − ink; then R = C'·K'/255, else R = (255 − C)(255 − K)/255.
            const int k = inverted ? in[3] : 255 - in[3];
            for (int c = 0; c < 3; ++c) {
                const int v = inverted ? in[c] : 255 - in[c];
                out[c] = uchar((v * k + 127) / 255);
            }
        }
    }
    return rgb;
}

} // namespace

Result<CmykJpeg> decodeCmykJpeg(const QByteArray& data, const ImageLimits& limits, const QString& file)
{
    CmykJpeg out;
    jpeg_decompress_struct info{};
    ErrorManager err{};
    info.err = jpeg_std_error(&err.base);
    err.base.error_exit = onError;
    err.base.emit_message = onMessage;
    err.messages = &out.messages;
    auto fail = [&](const QString& reason) {
        jpeg_destroy_decompress(&info);
        return Error(ErrorCode::Input, Tr::tr("cannot decode CMYK JPEG image (%1)").arg(reason), file);
    };
    if (!readHeader(&info, err, data))
        return fail(QString::fromLocal8Bit(err.lastError));
    if (info.num_components != 4)
        return fail(Tr::tr("%1 colour components, not 4").arg(info.num_components));
    const QSize size(int(info.image_width), int(info.image_height));
    if (auto st = checkImageSize(size, limits, file); !st) {
        jpeg_destroy_decompress(&info);
        return st.error();
    }
    out.inverted = adobeMarker(&info);
    const size_t rowBytes = size_t(size.width()) * 4;
    QByteArray cmyk(qsizetype(rowBytes * size_t(size.height())), Qt::Uninitialized);
    if (!decodeRows(&info, err, reinterpret_cast<uchar*>(cmyk.data()), rowBytes))
        return fail(QString::fromLocal8Bit(err.lastError));
    jpeg_destroy_decompress(&info);
    out.image = toRgb(reinterpret_cast<const uchar*>(cmyk.constData()), size.width(), size.height(), out.inverted);
    return out;
}

} // namespace descry::detail

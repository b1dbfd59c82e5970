#include "core/imaging/detail/Jpeg2000Codec.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/DcmtkErrors.h"

#include <openjpeg.h>

#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>

namespace descry::detail {

namespace {

const uint8_t kJp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};

// A read-only view of the codestream for OpenJPEG's stream callbacks.
struct MemorySource
{
    const uint8_t* data = nullptr;
    size_t size = 0;
    size_t position = 0;
};

OPJ_SIZE_T readBytes(void* buffer, OPJ_SIZE_T bytes, void* user)
{
    auto* src = static_cast<MemorySource*>(user);
    if (src->position >= src->size)
        return static_cast<OPJ_SIZE_T>(-1); // end of stream, as OpenJPEG expects
    const size_t n = std::min<size_t>(bytes, src->size - src->position);
    std::memcpy(buffer, src->data + src->position, n);
    src->position += n;
    return n;
}

OPJ_OFF_T skipBytes(OPJ_OFF_T bytes, void* user)
{
    auto* src = static_cast<MemorySource*>(user);
    const OPJ_OFF_T room = static_cast<OPJ_OFF_T>(src->size - src->position);
    const OPJ_OFF_T n = std::clamp<OPJ_OFF_T>(bytes, -static_cast<OPJ_OFF_T>(src->position), room);
    src->position = static_cast<size_t>(static_cast<OPJ_OFF_T>(src->position) + n);
    return n;
}

OPJ_BOOL seekBytes(OPJ_OFF_T to, void* user)
{
    auto* src = static_cast<MemorySource*>(user);
    if (to < 0 || static_cast<size_t>(to) > src->size)
        return OPJ_FALSE;
    src->position = static_cast<size_t>(to);
    return OPJ_TRUE;
}

void collectMessage(const char* message, void* user)
{
    auto* messages = static_cast<QString*>(user);
    if (!messages->isEmpty())
        messages->append(QLatin1String("; "));
    messages->append(QString::fromLocal8Bit(message).trimmed());
}

void ignoreMessage(const char*, void*) {}

struct CodecDeleter
{
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter
{
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter
{
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

bool isJp2(const uint8_t* data, size_t size)
{
    return size >= sizeof(kJp2Signature) && std::memcmp(data, kJp2Signature, sizeof(kJp2Signature)) == 0;
}

Result<Jpeg2000Image> copyComponents(const opj_image_t& image, int width, int height, int expectedComponents,
                                     const QString& file)
{
    if (static_cast<int>(image.numcomps) < expectedComponents)
        return Error(ErrorCode::Input,
                     Tr::tr("the JPEG 2000 frame has %1 components, the header says %2")
                         .arg(image.numcomps)
                         .arg(expectedComponents),
                     file);
    Jpeg2000Image out;
    out.width = width;
    out.height = height;
    out.precision = static_cast<int>(image.comps[0].prec);
    out.isSigned = image.comps[0].sgnd != 0;
    const size_t pixels = static_cast<size_t>(width) * static_cast<size_t>(height);
    for (int c = 0; c < expectedComponents; ++c) {
        const opj_image_comp_t& comp = image.comps[c];
        if (static_cast<int>(comp.w) != width || static_cast<int>(comp.h) != height || comp.dx != 1 || comp.dy != 1 ||
            !comp.data)
            return Error(ErrorCode::Input,
                         Tr::tr("the JPEG 2000 frame is %1 x %2 (component %3), the header says %4 x %5")
                             .arg(comp.w)
                             .arg(comp.h)
                             .arg(c)
                             .arg(width)
                             .arg(height),
                         file);
        out.components.emplace_back(comp.data, comp.data + pixels);
    }
    return out;
}

} // namespace

bool looksLikeJpeg2000(const uint8_t* data, size_t size)
{
    if (isJp2(data, size))
        return true;
    return size >= 4 && data[0] == 0xFF && data[1] == 0x4F && data[2] == 0xFF && data[3] == 0x51;
}

Result<Jpeg2000Image> decodeJpeg2000(const uint8_t* data, size_t size, int width, int height, int expectedComponents,
                                     const QString& file)
{
    if (!data || !looksLikeJpeg2000(data, size))
        return Error(ErrorCode::Input, Tr::tr("the frame is not a JPEG 2000 codestream"), file);
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(
        opj_create_decompress(isJp2(data, size) ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    if (!codec)
        return Error(ErrorCode::Internal, Tr::tr("OpenJPEG could not create a decoder"), file);
    QString messages;
    opj_set_error_handler(codec.get(), collectMessage, &messages);
    opj_set_warning_handler(codec.get(), ignoreMessage, nullptr);
    opj_set_info_handler(codec.get(), ignoreMessage, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters))
        return openJpegError(Tr::tr("OpenJPEG refused its decoder settings"), messages, file, ErrorCode::Internal);
    opj_codec_set_threads(codec.get(), std::max(1, QThread::idealThreadCount()));

    MemorySource source{data, size, 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    if (!stream)
        return Error(ErrorCode::Internal, Tr::tr("OpenJPEG could not create a stream"), file);
    opj_stream_set_user_data(stream.get(), &source, nullptr);
    opj_stream_set_user_data_length(stream.get(), size);
    opj_stream_set_read_function(stream.get(), readBytes);
    opj_stream_set_skip_function(stream.get(), skipBytes);
    opj_stream_set_seek_function(stream.get(), seekBytes);

    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw)) {
        opj_image_destroy(raw);
        return openJpegError(Tr::tr("the JPEG 2000 header cannot be read"), messages, file);
    }
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    if (static_cast<int>(image->x1 - image->x0) != width || static_cast<int>(image->y1 - image->y0) != height)
        return Error(ErrorCode::Input,
                     Tr::tr("the JPEG 2000 frame is %1 x %2, the header says %3 x %4")
                         .arg(image->x1 - image->x0)
                         .arg(image->y1 - image->y0)
                         .arg(width)
                         .arg(height),
                     file);
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return openJpegError(Tr::tr("the JPEG 2000 frame cannot be decoded"), messages, file);
    return copyComponents(*image, width, height, expectedComponents, file);
}

} // namespace descry::detail
